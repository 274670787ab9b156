#pragma once

#include "core/model/audioclip.h"
#include "core/model/speechtypes.h"
#include "core/network/formdata.h"
#include "core/network/httpcall.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace vd::bench {

// The fixed requests every request benchmark sends (the same bytes for the core, the bare
// QNetworkAccessManager, the OpenAI Node SDK and wrk): a short sentence to speak as WAV, and one
// second of 16 kHz mono tone to transcribe.
struct BenchRequests
{
    static SynthesisRequest synthesis();
    static TranscriptionRequest transcription();
    static AudioClip oneSecondTone();

    // openai_tts / openai_stt settings as the factory fills them in, pointing at `openAiUrl`.
    static QJsonObject speechSettings(const QUrl& openAiUrl);
    static QJsonObject transcriptionSettings(const QUrl& openAiUrl);

    // The exact HTTP calls the OpenAI providers make for the requests above.
    static HttpCall speechCall(const QUrl& openAiUrl);
    static HttpCall transcriptionCall(const QUrl& openAiUrl);
    // The transcription's form fields (the WAV file first), for sending them with QHttpMultiPart,
    // the Qt idiom, instead of the one byte array the core sends.
    static QList<FormPart> transcriptionForm();

    // Writes speech.json (the speech request body), tone.wav (the transcribed file) and
    // transcription.json (the other form fields) into `directory`, for the Node SDK and wrk.
    // False with a message on stderr when it cannot.
    static bool dump(const QUrl& openAiUrl, const QString& directory);
};

// Sends an HttpCall the plainest way Qt allows: no job, no timers, no parsing; the reply body
// is read whole. The baseline the core's per-request overhead is measured against. `attributes`
// (e.g. Http2AllowedAttribute, Http2DirectAttribute) are set on the request.
QNetworkReply* sendBare(QNetworkAccessManager& network, const HttpCall& call,
                        const QHash<QNetworkRequest::Attribute, QVariant>& attributes = {});
// The same with `form` as the body, sent as a QHttpMultiPart (the call's own body and
// Content-Type are left out).
QNetworkReply* sendBareMultipart(QNetworkAccessManager& network, const HttpCall& call,
                                 const QList<FormPart>& form);

} // namespace vd::bench
