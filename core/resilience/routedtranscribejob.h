#pragma once

#include "core/model/jobs.h"
#include "core/resilience/routingtrace.h"

namespace vd {

class RouteExecution;

// A speech-to-text request routed through the provider chain; callers treat it like any
// provider's TranscribeJob. On success `provider()` names the provider that answered; the
// trace is complete once `finished` was emitted, success or not.
class RoutedTranscribeJob : public TranscribeJob
{
    Q_OBJECT

public:
    // Takes ownership of `execution`.
    explicit RoutedTranscribeJob(RouteExecution* execution, QObject* parent = nullptr);

    const RoutingTrace& trace() const;
    const QString& provider() const { return m_provider; }

protected:
    void doStart() override;
    void doCancel() override;
    // Starting only builds the candidates and hands the first attempt to Qt's HTTP thread or the
    // thread pool: done at once, it saves every request a trip through the event loop (issue #13).
    bool startsAtOnce() const override { return true; }

private:
    RouteExecution* m_execution;
    QString m_provider;
};

} // namespace vd
