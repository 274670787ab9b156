#pragma once

#include "core/model/providererror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <optional>

namespace vd {

class HealthMonitor;
class ProviderDirectory;
class ResilienceState;

// The "Test" button's work: runs a health probe now through runtime.health().probe() (which
// records it in the provider's health, as every probe is), waits for that provider's
// probeFinished, and says in a sentence how it went. The ActivityLog entry for the probe comes
// from the application's ProbeRecorder (ui/activity), which records every probe exactly once.
class ProviderTester : public QObject
{
    Q_OBJECT

public:
    ProviderTester(HealthMonitor& monitor, ProviderDirectory& providers, ResilienceState& state,
                   QObject* parent = nullptr);

    // False when a test of `name` is already running.
    bool test(const QString& name);
    bool isTesting(const QString& name) const { return m_runs.contains(name); }

Q_SIGNALS:
    // `text` says what happened in a sentence for the user.
    void finished(const QString& name, bool ok, const QString& text);

private:
    struct Run
    {
        QElapsedTimer timer;
    };
    void onProbeFinished(const QString& name, bool ok);
    ProviderError errorOf(const QString& name);

    HealthMonitor& m_monitor;
    ProviderDirectory& m_providers;
    ResilienceState& m_state;
    QHash<QString, Run> m_runs;
};

} // namespace vd
