#pragma once

#include "core/model/providerinfo.h"
#include "core/providers/cloud/cloudrecipe.h"

namespace vd {

// What google_stt and google_tts are, without creating them, and their documented limits.
inline constexpr qint64 kGoogleMaxRecognizeBytes =
    10485760; // "Request payload size exceeds the limit: 10485760 bytes."
// Synchronous recognition takes at most one minute; parts stay clear of it.
inline constexpr double kGoogleMaxPartSeconds = 55.0;
inline constexpr int kGoogleMaxInputBytes = 5000; // text:synthesize input, UTF-8 bytes
inline constexpr int kGoogleSttSampleRate = 16000;

ProviderInfo googleSpeechToTextInfo();
ProviderInfo googleTextToSpeechInfo();

// How google_stt and google_tts call the vendor (CloudSpeechToText, CloudTextToSpeech).
CloudSpeechToTextRecipe googleSpeechToTextRecipe();
CloudTextToSpeechRecipe googleTextToSpeechRecipe();

} // namespace vd
