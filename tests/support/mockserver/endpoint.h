#pragma once

#include <QString>

#include <optional>

namespace vd::test {

enum class Vendor { OpenAi, Google, Yandex };

// The vendor operations the mock server answers. `All` addresses every endpoint at once (faults,
// keys, transcript); `Unknown` marks a request to a path no endpoint serves.
enum class Endpoint {
    All,
    OpenAiTranscriptions, // POST {openai}/audio/transcriptions
    OpenAiSpeech,         // POST {openai}/audio/speech
    OpenAiModels,         // GET  {openai}/models
    GoogleRecognize,      // POST {google}/v1/speech:recognize
    GoogleSynthesize,     // POST {google}/v1/text:synthesize
    GoogleVoices,         // GET  {google}/v1/voices
    YandexRecognize,      // POST {yandex}/speech/v1/stt:recognize
    YandexSynthesize,     // POST {yandex}/speech/v1/tts:synthesize
    Unknown,
};

// Stable names used by the control API and in violation messages: "all", "openai.transcriptions",
// "openai.speech", "openai.models", "google.recognize", "google.synthesize", "google.voices",
// "yandex.recognize", "yandex.synthesize", "unknown".
QString endpointName(Endpoint endpoint);
std::optional<Endpoint> endpointFromName(const QString& name);
// The vendor whose wire format an endpoint speaks (Unknown/All: OpenAI's, the most generic shape).
Vendor vendorOf(Endpoint endpoint);
// The path below the vendor's base path, e.g. "/audio/speech" or "/v1/speech:recognize".
QString endpointSuffix(Endpoint endpoint);
QString expectedMethod(Endpoint endpoint);
// Every real endpoint (without All/Unknown), in declaration order.
QList<Endpoint> allEndpoints();

} // namespace vd::test
