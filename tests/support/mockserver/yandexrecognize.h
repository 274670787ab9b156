#pragma once

#include "tests/support/mockserver/exchange.h"

namespace vd::test {

// POST {yandex}/speech/v1/stt:recognize?lang=&format=lpcm|oggopus&sampleRateHertz=&folderId=:
// raw audio body ≤ 1 MB and ≤ 30 s (lpcm measured at the given rate; a WAV header in lpcm is a
// violation; oggopus must really be Ogg Opus), answered {"result": "<text>"}.
HttpResponse handleYandexRecognize(Exchange& exchange);

} // namespace vd::test
