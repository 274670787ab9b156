#pragma once

#include "core/model/providererror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <optional>

namespace vd {

class ActivityLog;
class Runtime;

// The "Test" button's work: runs a health probe now through runtime.health().probe() (which
// records it in the provider's health, as every probe is), waits for that provider's
// probeFinished, and records the test in the ActivityLog with its latency and error. Probes the
// health monitor starts by itself are not the user's tests and are not reported here.
class ProviderTester : public QObject
{
    Q_OBJECT

public:
    ProviderTester(Runtime& runtime, ActivityLog& activity, QObject* parent = nullptr);

    // False when a test of `name` is already running.
    bool test(const QString& name);
    bool isTesting(const QString& name) const { return m_runs.contains(name); }

Q_SIGNALS:
    // `text` says what happened in a sentence for the user.
    void finished(const QString& name, bool ok, const QString& text);

private:
    struct Run
    {
        QDateTime started;
        QElapsedTimer timer;
    };
    void onProbeFinished(const QString& name, bool ok);
    ProviderError errorOf(const QString& name);

    Runtime& m_runtime;
    ActivityLog& m_activity;
    QHash<QString, Run> m_runs;
};

} // namespace vd
