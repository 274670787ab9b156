#pragma once

#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/httpresponse.h"

namespace vd {

// Defensive parsing of Yandex SpeechKit's 2xx answers. {"result": ""} is a valid "nothing
// recognised"; a missing or mistyped `result` is invalid_response.

Result<Transcript> parseYandexRecognize(const HttpResponse& response, const QString& requestedLanguage);
// `format` is what was asked for (lpcm, oggopus, mp3); lpcm comes back as "pcm" at `sampleRate`.
Result<EncodedAudio> parseYandexSynthesize(const HttpResponse& response, const QString& format,
                                           int sampleRate);

} // namespace vd
