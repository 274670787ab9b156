#pragma once

#include "core/model/jobs.h"
#include "core/network/cloudcalljob.h"

#include <QByteArray>

namespace vd {

using SynthesisParser = CloudCallJob<SynthesizeJob, EncodedAudio>::Parser;

// Text to speech over HTTP for any vendor: one request (built beforehand; a build error fails
// the job without touching the network). When `streamPcmRate` is non-zero the answer is raw
// s16le mono PCM at that rate and is also emitted as `pcmChunk`s while it arrives.
class CloudSynthesizeJob final : public CloudCallJob<SynthesizeJob, EncodedAudio>
{
public:
    CloudSynthesizeJob(CloudContext context, Result<HttpCall> call, SynthesisParser parse,
                       int streamPcmRate = 0, QObject* parent = nullptr);

protected:
    void deliver(EncodedAudio audio) override { setAudio(std::move(audio)); }
    void prepare(HttpCall& call) override { call.streamBody = m_streamPcmRate > 0; }
    void watch(HttpJob& http) override;

private:
    void onChunk(const QByteArray& chunk);

    int m_streamPcmRate = 0;
    QByteArray m_oddByte; // a sample split across two chunks waits here
};

} // namespace vd
