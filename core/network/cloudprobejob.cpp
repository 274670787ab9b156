#include "core/network/cloudprobejob.h"

#include "core/network/httpjob.h"

namespace vd {

CloudProbeJob::CloudProbeJob(CloudContext context, Result<HttpCall> call, ProbeParser parse, QObject* parent)
    : ProbeJob(parent), m_context(std::move(context)), m_call(std::move(call)), m_parse(std::move(parse))
{}

void CloudProbeJob::doStart()
{
    if (auto error = m_context.configurationError()) {
        emitError(*error);
        return;
    }
    if (!m_call) {
        emitError(m_call.error());
        return;
    }
    m_http = startCloudCall(m_context, *m_call, this, [this](Result<HttpResponse> response) {
        m_http = nullptr;
        if (!response) {
            emitError(response.error());
            return;
        }
        Result<QString> detail = m_parse(*response);
        if (!detail) {
            emitError(detail.error());
            return;
        }
        setDetail(*detail);
        emitResult();
    });
}

void CloudProbeJob::doCancel()
{
    if (m_http) {
        m_http->abort();
        m_http->deleteLater();
    }
}

} // namespace vd
