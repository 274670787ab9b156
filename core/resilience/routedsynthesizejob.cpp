#include "core/resilience/routedsynthesizejob.h"

#include "core/resilience/routeexecution.h"

namespace vd {

RoutedSynthesizeJob::RoutedSynthesizeJob(RouteExecution* execution, bool forwardStream, QObject* parent)
    : SynthesizeJob(parent), m_execution(execution)
{
    m_execution->setParent(this);
    connect(m_execution, &RouteExecution::succeeded, this, [this](ProviderJob* job, const QString& provider) {
        m_provider = provider;
        setAudio(static_cast<SynthesizeJob*>(job)->audio());
        emitResult();
    });
    connect(m_execution, &RouteExecution::failed, this,
            [this](const ProviderError& error) { emitError(error); });
    if (forwardStream) {
        connect(m_execution, &RouteExecution::attemptStarted, this, [this](ProviderJob* job, const QString&) {
            if (m_streamed) {
                m_streamed = false;
                Q_EMIT streamRestarted();
            }
            connect(static_cast<SynthesizeJob*>(job), &SynthesizeJob::pcmChunk, this,
                    [this](const QByteArray& pcm, int sampleRate) {
                        m_streamed = true;
                        Q_EMIT pcmChunk(pcm, sampleRate);
                    });
        });
    }
}

const RoutingTrace& RoutedSynthesizeJob::trace() const
{
    return m_execution->trace();
}

void RoutedSynthesizeJob::doStart()
{
    m_execution->start();
}

void RoutedSynthesizeJob::doCancel()
{
    m_execution->cancel();
}

} // namespace vd
