#pragma once

#include "tests/support/mockserver/exchange.h"

namespace vd::test {

// POST {openai}/audio/speech: strict CreateSpeechRequest checking (no extra properties, required
// model/input/voice, documented voices, input ≤ 4096 characters, speed 0.25–4, response_format
// mp3/opus/aac/flac/wav/pcm), answered with real audio of that format, chunked.
HttpResponse handleOpenAiSpeech(Exchange& exchange);

// GET {openai}/models: the model list, the API's cheapest authenticated probe.
HttpResponse handleOpenAiModels(Exchange& exchange);

} // namespace vd::test
