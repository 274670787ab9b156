#pragma once

#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/httpresponse.h"

namespace vd {

// Defensive parsing of OpenAI's 2xx answers: a missing or mistyped field is invalid_response
// with a message naming it. An empty "text" is a valid "nothing recognised".

Result<Transcript> parseOpenAiTranscription(const HttpResponse& response, const QString& requestedLanguage);
// `responseFormat` is what was asked for (wav, pcm, mp3, opus, flac, aac).
Result<EncodedAudio> parseOpenAiSpeech(const HttpResponse& response, const QString& responseFormat);
// "12 models listed" (noting when `model` is not among them).
Result<QString> parseOpenAiModels(const HttpResponse& response, const QString& model);

} // namespace vd
