#include "core/network/cloudsynthesizejob.h"

namespace vd {

CloudSynthesizeJob::CloudSynthesizeJob(CloudContext context, Result<HttpCall> call, SynthesisParser parse,
                                       int streamPcmRate, QObject* parent)
    : CloudCallJob(std::move(context), std::move(call), std::move(parse), parent),
      m_streamPcmRate(streamPcmRate)
{}

void CloudSynthesizeJob::watch(HttpJob& http)
{
    if (m_streamPcmRate > 0)
        connect(&http, &HttpJob::bodyChunk, this, [this](const QByteArray& chunk) { onChunk(chunk); });
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
