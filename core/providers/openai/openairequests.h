#pragma once

#include "core/model/credential.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/cloudtranscribejob.h"
#include "core/network/formdata.h"
#include "core/network/httpcall.h"

#include <QJsonObject>

namespace vd {

// The OpenAI requests as values (PROVIDER_APIS.md, the OpenAPI extract), built from the
// provider's settings (defaults filled in) and credential. Pure functions, safe on any thread.

// Authorization: Bearer, and OpenAI-Organization / OpenAI-Project when set.
HttpHeaders openAiAuthHeaders(const QJsonObject& settings, const Credential& credential);

// The form fields of a transcription of one WAV file, in the documented order.
QList<FormPart> openAiTranscriptionForm(const QJsonObject& settings, const QByteArray& wav,
                                        const QString& language);
// multipart/form-data POST {base_url}/audio/transcriptions of one WAV file.
Result<HttpCall> openAiTranscriptionCall(const QJsonObject& settings, const Credential& credential,
                                         const QByteArray& wav, const QString& language);
// The whole recording as requests: 16 kHz mono WAV, split at pauses into parts of at most
// kOpenAiMaxPartSeconds, each checked against the 25 MiB request limit.
PreparedParts openAiTranscriptionParts(const QJsonObject& settings, const Credential& credential,
                                       const TranscriptionRequest& request);

// The response_format for a requested EncodedAudio format (empty = the `format` setting);
// an error of kind unsupported for formats OpenAI cannot produce.
Result<QString> openAiSpeechFormat(const QJsonObject& settings, const QString& requested);
// JSON POST {base_url}/audio/speech; limits checked (empty text, 4096 characters, speed range).
Result<HttpCall> openAiSpeechCall(const QJsonObject& settings, const Credential& credential,
                                  const SynthesisRequest& request);

// GET {base_url}/models: the free, authenticated liveness probe.
HttpCall openAiModelsCall(const QJsonObject& settings, const Credential& credential);

// "en-US" → "en": the transcription endpoint takes ISO-639-1.
QString isoLanguage(const QString& language);

} // namespace vd
