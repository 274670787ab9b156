#pragma once

#include "core/model/providerinfo.h"
#include "core/model/speechtypes.h"
#include "core/providers/cloud/cloudrecipe.h"

namespace vd {

// What yandex_stt and yandex_tts are, without creating them, and their documented limits.
inline constexpr qint64 kYandexMaxRecognizeBytes = 1000000; // "1 MB"
inline constexpr double kYandexMaxRecognizeSeconds = 30.0;
// Parts stay clear of both limits: 29 s of 16 kHz 16-bit mono are 928,000 bytes.
inline constexpr double kYandexMaxPartSeconds = 29.0;
inline constexpr int kYandexSttSampleRate = 16000;
inline constexpr int kYandexMaxInputCharacters = 5000;

ProviderInfo yandexSpeechToTextInfo();
ProviderInfo yandexTextToSpeechInfo();
// The documented voices of tts:synthesize v1.
QList<Voice> yandexVoices();

// How yandex_stt and yandex_tts call the vendor (CloudSpeechToText, CloudTextToSpeech).
CloudSpeechToTextRecipe yandexSpeechToTextRecipe();
CloudTextToSpeechRecipe yandexTextToSpeechRecipe();

} // namespace vd
