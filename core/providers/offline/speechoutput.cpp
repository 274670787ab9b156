#include "core/providers/offline/speechoutput.h"

#include "core/audio/audioconvert.h"
#include "core/audio/audioencoder.h"
#include "core/model/speechtext.h"
#include "core/model/translate.h"

namespace vd {

Status checkSynthesisRequest(const SynthesisRequest& request, const TextLimit& limit, const QString& provider)
{
    if (const QString problem = speechTextProblem(request.text); !problem.isEmpty())
        return ProviderError::make(ErrorKind::BadRequest, problem);
    if (limit.maximum > 0 && limit.measure(request.text) > limit.maximum)
        return ProviderError::make(ErrorKind::TooLarge,
                                   vd::tr("The text has %1 characters; %2 speaks at most %3 at a time. "
                                          "Shorten it or split it.")
                                       .arg(limit.measure(request.text))
                                       .arg(provider)
                                       .arg(limit.maximum));
    if (!(request.speed >= 0.25 && request.speed <= 4.0))
        return ProviderError::make(ErrorKind::BadRequest,
                                   vd::tr("Speed %1 is out of range; %2 accepts 0.25 to 4.0 (1.0 is normal).")
                                       .arg(request.speed)
                                       .arg(provider));
    return {};
}

Result<SpeechOutput> packageSpeech(const AudioClip& clip, const QString& format)
{
    Result<EncodedAudio> encoded = encodeAudio(clip, format.isEmpty() ? QStringLiteral("wav") : format);
    if (!encoded)
        return encoded.error();
    return SpeechOutput{std::move(encoded).value(), toPcm16(clip), clip.sampleRate};
}

} // namespace vd
