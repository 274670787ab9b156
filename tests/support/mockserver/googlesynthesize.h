#pragma once

#include "tests/support/mockserver/exchange.h"

namespace vd::test {

// POST {google}/v1/text:synthesize: SynthesizeSpeechRequest checking (input.text xor input.ssml
// (well-formed <speak>), ≤ 5000 UTF-8 bytes, voice.languageCode required, known voice names,
// audioConfig.audioEncoding in LINEAR16/MP3/OGG_OPUS/MULAW/ALAW, speakingRate 0.25–4, pitch
// ±20), answered with {"audioContent": base64} of real audio (LINEAR16/MULAW/ALAW with a WAV header).
HttpResponse handleGoogleSynthesize(Exchange& exchange);

} // namespace vd::test
