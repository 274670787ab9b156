#pragma once

#include "core/model/credential.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/cloudtranscribejob.h"
#include "core/network/httpcall.h"

#include <QJsonObject>

namespace vd {

// The Google Cloud requests as values (PROVIDER_APIS.md), authenticated with x-goog-api-key.
// Pure functions, safe on any thread.

// JSON POST {base_url}/v1/speech:recognize of 16 kHz mono LINEAR16 `pcm`; checks the 10 MB limit.
Result<HttpCall> googleRecognizeCall(const QJsonObject& settings, const Credential& credential,
                                     const QByteArray& pcm, const QString& language);
// The whole recording: 16 kHz mono, split at pauses into parts of at most kGoogleMaxPartSeconds.
PreparedParts googleRecognizeParts(const QJsonObject& settings, const Credential& credential,
                                   const TranscriptionRequest& request);

// audioEncoding for a requested EncodedAudio format (empty = the audio_encoding setting).
Result<QString> googleAudioEncoding(const QJsonObject& settings, const QString& requested);
// JSON POST {base_url}/v1/text:synthesize; limits checked (empty text, 5000 UTF-8 bytes, ranges).
Result<HttpCall> googleSynthesizeCall(const QJsonObject& settings, const Credential& credential,
                                      const SynthesisRequest& request);
// GET {base_url}/v1/voices: the voice list and the free liveness probe.
HttpCall googleVoicesCall(const QJsonObject& settings, const Credential& credential);

} // namespace vd
