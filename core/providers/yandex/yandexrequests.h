#pragma once

#include "core/model/credential.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/cloudtranscribejob.h"
#include "core/network/httpcall.h"

#include <QJsonObject>

namespace vd {

// The Yandex SpeechKit v1 requests as values (PROVIDER_APIS.md). Pure functions, safe on any
// thread.

// True when the credential is an IAM token ("Bearer"): a key from YANDEX_IAM_TOKEN is one, a key
// from YANDEX_API_KEY is not, and a keychain key follows the auth_mode setting.
bool yandexUsesIamToken(const QJsonObject& settings, const Credential& credential);
// Authorization: "Api-Key <key>" or "Bearer <token>".
HttpHeaders yandexAuthHeaders(const QJsonObject& settings, const Credential& credential);
// The folderId to send: only with an IAM token, from folder_id or else YANDEX_FOLDER_ID.
QString yandexFolderId(const QJsonObject& settings, const Credential& credential);

// POST {base_url}/speech/v1/stt:recognize?lang=…&format=lpcm&sampleRateHertz=16000 of raw
// 16 kHz mono s16le `pcm`; checks the 1 MB and 30 s limits.
Result<HttpCall> yandexRecognizeCall(const QJsonObject& settings, const Credential& credential,
                                     const QByteArray& pcm, const QString& language);
// The whole recording: 16 kHz mono, split at pauses into parts of at most kYandexMaxPartSeconds.
PreparedParts yandexRecognizeParts(const QJsonObject& settings, const Credential& credential,
                                   const TranscriptionRequest& request);

// The v1 `format` for a requested EncodedAudio format (empty = the format setting).
Result<QString> yandexSpeechFormat(const QJsonObject& settings, const QString& requested);
// Form-encoded POST {base_url}/speech/v1/tts:synthesize; limits checked (empty, 5000 characters,
// speed 0.1–3.0, lpcm rate 48000/16000/8000).
Result<HttpCall> yandexSynthesizeCall(const QJsonObject& settings, const Credential& credential,
                                      const SynthesisRequest& request);

} // namespace vd
