#pragma once

#include "core/model/jobs.h"
#include "core/network/cloudcontext.h"

#include <QPointer>
#include <functional>

namespace vd {

class HttpJob;

using SynthesisParser = std::function<Result<EncodedAudio>(const HttpResponse&)>;

// Text to speech over HTTP for any vendor: one request (built beforehand; a build error fails
// the job without touching the network). When `streamPcmRate` is non-zero the answer is raw
// s16le mono PCM at that rate and is also emitted as `pcmChunk`s while it arrives.
class CloudSynthesizeJob : public SynthesizeJob
{
    Q_OBJECT

public:
    CloudSynthesizeJob(CloudContext context, Result<HttpCall> call, SynthesisParser parse,
                       int streamPcmRate = 0, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void onChunk(const QByteArray& chunk);

    CloudContext m_context;
    Result<HttpCall> m_call;
    SynthesisParser m_parse;
    int m_streamPcmRate = 0;
    QByteArray m_oddByte; // a sample split across two chunks waits here
    QPointer<HttpJob> m_http;
};

} // namespace vd
