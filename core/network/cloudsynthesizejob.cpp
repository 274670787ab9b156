#include "core/network/cloudsynthesizejob.h"

#include "core/network/httpjob.h"

namespace vd {

CloudSynthesizeJob::CloudSynthesizeJob(CloudContext context, Result<HttpCall> call, SynthesisParser parse,
                                       int streamPcmRate, QObject* parent)
    : SynthesizeJob(parent), m_context(std::move(context)), m_call(std::move(call)),
      m_parse(std::move(parse)), m_streamPcmRate(streamPcmRate)
{}

void CloudSynthesizeJob::doStart()
{
    if (auto error = m_context.configurationError()) {
        emitError(*error);
        return;
    }
    if (!m_call) {
        emitError(m_call.error());
        return;
    }
    HttpCall call = *m_call;
    call.streamBody = m_streamPcmRate > 0;
    m_http = startCloudCall(m_context, call, this, [this](Result<HttpResponse> response) {
        m_http = nullptr;
        if (!response) {
            emitError(response.error());
            return;
        }
        Result<EncodedAudio> audio = m_parse(*response);
        if (!audio) {
            emitError(audio.error());
            return;
        }
        setAudio(std::move(audio).value());
        emitResult();
    });
    if (m_streamPcmRate > 0)
        connect(m_http, &HttpJob::bodyChunk, this, &CloudSynthesizeJob::onChunk);
}

void CloudSynthesizeJob::doCancel()
{
    if (m_http) {
        m_http->abort();
        m_http->deleteLater();
    }
}

void CloudSynthesizeJob::onChunk(const QByteArray& chunk)
{
    QByteArray pcm = m_oddByte + chunk;
    m_oddByte.clear();
    if (pcm.size() % 2 != 0) {
        m_oddByte = pcm.right(1);
        pcm.chop(1);
    }
    if (!pcm.isEmpty())
        Q_EMIT pcmChunk(pcm, m_streamPcmRate);
}

} // namespace vd
