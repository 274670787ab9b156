#pragma once

#include "tests/support/mockserver/exchange.h"

namespace vd::test {

// POST {openai}/audio/transcriptions: strict multipart/form-data checking of
// CreateTranscriptionRequest (file with a supported extension that really decodes, model
// required, no unknown fields, array fields as repeated `name[]` parts, ISO-639-1 language,
// temperature 0–1, response_format rules per model), answered as json / verbose_json / text /
// srt / vtt with the configured transcript.
HttpResponse handleOpenAiTranscriptions(Exchange& exchange);

} // namespace vd::test
