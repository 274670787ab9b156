#include "core/resilience/routedtranscribejob.h"

#include "core/resilience/routeexecution.h"

namespace vd {

RoutedTranscribeJob::RoutedTranscribeJob(RouteExecution* execution, QObject* parent)
    : TranscribeJob(parent), m_execution(execution)
{
    m_execution->setParent(this);
    connect(m_execution, &RouteExecution::succeeded, this, [this](ProviderJob* job, const QString& provider) {
        m_provider = provider;
        setTranscript(static_cast<TranscribeJob*>(job)->transcript());
        emitResult();
    });
    connect(m_execution, &RouteExecution::failed, this,
            [this](const ProviderError& error) { emitError(error); });
}

const RoutingTrace& RoutedTranscribeJob::trace() const
{
    return m_execution->trace();
}

void RoutedTranscribeJob::doStart()
{
    m_execution->start();
}

void RoutedTranscribeJob::doCancel()
{
    m_execution->cancel();
}

} // namespace vd
