#include "core/network/cloudvoicelistjob.h"

#include "core/network/httpjob.h"

namespace vd {

CloudVoiceListJob::CloudVoiceListJob(CloudContext context, Result<HttpCall> call, VoiceListParser parse,
                                     QObject* parent)
    : VoiceListJob(parent), m_context(std::move(context)), m_call(std::move(call)), m_parse(std::move(parse))
{}

CloudVoiceListJob::CloudVoiceListJob(QList<Voice> documentedVoices, QObject* parent)
    : VoiceListJob(parent), m_documented(std::move(documentedVoices))
{}

void CloudVoiceListJob::doStart()
{
    if (!m_call) {
        setVoices(m_documented);
        emitResult();
        return;
    }
    if (auto error = m_context.configurationError()) {
        emitError(*error);
        return;
    }
    if (!*m_call) {
        emitError(m_call->error());
        return;
    }
    m_http = startCloudCall(m_context, **m_call, this, [this](Result<HttpResponse> response) {
        m_http = nullptr;
        if (!response) {
            emitError(response.error());
            return;
        }
        Result<QList<Voice>> voices = m_parse(*response);
        if (!voices) {
            emitError(voices.error());
            return;
        }
        setVoices(std::move(voices).value());
        emitResult();
    });
}

void CloudVoiceListJob::doCancel()
{
    if (m_http) {
        m_http->abort();
        m_http->deleteLater();
    }
}

} // namespace vd
