#pragma once

#include "core/model/jobs.h"
#include "core/resilience/routingtrace.h"

namespace vd {

class RouteExecution;

// A text-to-speech request routed through the provider chain; callers treat it like any
// provider's SynthesizeJob. `pcmChunk` is forwarded from the attempt in flight only when no
// hedging is configured (two streams cannot be told apart before one wins); if that attempt
// fails, `streamRestarted` tells the player to drop what it got, as the next provider starts over.
class RoutedSynthesizeJob : public SynthesizeJob
{
    Q_OBJECT

public:
    // Takes ownership of `execution`.
    RoutedSynthesizeJob(RouteExecution* execution, bool forwardStream, QObject* parent = nullptr);

    const RoutingTrace& trace() const;
    const QString& provider() const { return m_provider; }

Q_SIGNALS:
    void streamRestarted();

protected:
    void doStart() override;
    void doCancel() override;
    // Starting only builds the candidates and hands the first attempt to Qt's HTTP thread or the
    // thread pool: done at once, it saves every request a trip through the event loop (issue #13).
    bool startsAtOnce() const override { return true; }

private:
    RouteExecution* m_execution;
    QString m_provider;
    bool m_streamed = false;
};

} // namespace vd
