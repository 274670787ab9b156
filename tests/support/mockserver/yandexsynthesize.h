#pragma once

#include "tests/support/mockserver/exchange.h"

namespace vd::test {

// POST {yandex}/speech/v1/tts:synthesize, application/x-www-form-urlencoded: text xor ssml
// (≤ 5000 characters), lang, voice from the documented list, emotion (ru-RU only), speed 0.1–3.0,
// format lpcm/oggopus/mp3, sampleRateHertz 48000/16000/8000, folderId per the auth rules;
// answered with real audio bytes, chunked.
HttpResponse handleYandexSynthesize(Exchange& exchange);

} // namespace vd::test
