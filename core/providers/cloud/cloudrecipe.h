#pragma once

#include "core/model/providerinfo.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/cloudtranscribejob.h"
#include "core/network/cloudvendor.h"
#include "core/network/httpcall.h"
#include "core/network/httpresponse.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>

namespace vd {

class Credential;

// What makes one vendor's speech-to-text provider: its description and the vendor's requests and
// answers as plain functions (PROVIDER_APIS.md). CloudSpeechToText does the rest, the same for
// every vendor. `settings` always has the schema's defaults filled in.
struct CloudSpeechToTextRecipe
{
    ProviderInfo (*info)();
    CloudVendor vendor;
    const QLoggingCategory& (*log)();
    // The health probe: its call and what its answer says (a sentence for `health`).
    Result<HttpCall> (*probeCall)(const QJsonObject& settings, const Credential& credential);
    Result<QString> (*probeAnswer)(const HttpResponse& response, const QJsonObject& settings);
    // The whole recording as requests (runs on a worker thread), and one part's transcript.
    PreparedParts (*recognizeParts)(const QJsonObject& settings, const Credential& credential,
                                    const TranscriptionRequest& request);
    Result<Transcript> (*parseTranscript)(const HttpResponse& response, const QString& language);
};

// The same for text to speech. The voice list comes from the vendor (voicesCall and parseVoices)
// or, when the vendor has no voice list call, from its documentation (documentedVoices).
struct CloudTextToSpeechRecipe
{
    ProviderInfo (*info)();
    CloudVendor vendor;
    const QLoggingCategory& (*log)();
    Result<HttpCall> (*probeCall)(const QJsonObject& settings, const Credential& credential);
    Result<QString> (*probeAnswer)(const HttpResponse& response, const QJsonObject& settings);
    // The vendor's name for the audio format of a request (`requested` empty = the setting).
    Result<QString> (*audioFormat)(const QJsonObject& settings, const QString& requested);
    Result<HttpCall> (*synthesizeCall)(const QJsonObject& settings, const Credential& credential,
                                       const SynthesisRequest& request);
    Result<EncodedAudio> (*parseAudio)(const HttpResponse& response, const QString& format,
                                       const QJsonObject& settings);
    // The sample rate of a format that streams as raw PCM while it arrives, else 0.
    int (*streamPcmRate)(const QString& format, const QJsonObject& settings);
    HttpCall (*voicesCall)(const QJsonObject& settings, const Credential& credential) = nullptr;
    Result<QList<Voice>> (*parseVoices)(const HttpResponse& response) = nullptr;
    QList<Voice> (*documentedVoices)() = nullptr;
    TextLimit textLimit;
};

} // namespace vd

namespace vd {

// For vendors without a free call: the probe recognises 0.1 s of 16-bit mono silence at
// `sampleRate` (billable), and any transcript (usually empty) means the service works.
QByteArray probeSilence(int sampleRate);
Result<QString> silenceProbeVerdict(const Result<Transcript>& transcript);

} // namespace vd
