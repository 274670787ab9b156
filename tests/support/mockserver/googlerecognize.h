#pragma once

#include "tests/support/mockserver/exchange.h"

namespace vd::test {

// POST {google}/v1/speech:recognize: RecognizeRequest checking (languageCode required, exactly
// one of audio.content (strict base64 that decodes) / audio.uri, encoding and sampleRateHertz
// consistent with the audio and its WAV/FLAC header, 10 MB request and 60 s audio limits),
// answered with results/alternatives/resultEndTime/languageCode, totalBilledTime, requestId.
HttpResponse handleGoogleRecognize(Exchange& exchange);

} // namespace vd::test
