#pragma once

#include "core/model/providerinfo.h"
#include "core/providers/cloud/cloudrecipe.h"

namespace vd {

// What openai_stt and openai_tts are, without creating them: settings schemas, priorities,
// credential sources. The documented limits the providers enforce before sending live here too.
inline constexpr qint64 kOpenAiMaxRequestBytes = 25 * 1024 * 1024; // "Maximum content size limit (26214400)"
inline constexpr int kOpenAiMaxInputCharacters = 4096;
// Parts of a long recording: 10 minutes of 16 kHz mono WAV are 19.2 MB, well under 25 MiB.
inline constexpr double kOpenAiMaxPartSeconds = 600.0;
inline constexpr int kOpenAiPcmSampleRate = 24000;

ProviderInfo openAiSpeechToTextInfo();
ProviderInfo openAiTextToSpeechInfo();
// The built-in voices of /audio/speech (OpenAPI VoiceIdsShared and the API reference).
QStringList openAiVoiceIds();
// The documented voices, for the voice list.
QList<Voice> openAiVoices();

// How openai_stt and openai_tts call the vendor (CloudSpeechToText, CloudTextToSpeech).
CloudSpeechToTextRecipe openAiSpeechToTextRecipe();
CloudTextToSpeechRecipe openAiTextToSpeechRecipe();

} // namespace vd
