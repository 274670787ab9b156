#include "bench/support/benchrequests.h"

#include "core/audio/audioconvert.h"
#include "core/audio/audioencoder.h"
#include "core/model/credential.h"
#include "core/network/cloudtranscribejob.h"
#include "core/providers/openai/openaidefinitions.h"
#include "core/providers/openai/openairequests.h"

#include <QDir>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>
#include <cmath>
#include <cstdio>

namespace vd::bench {

namespace {

Credential testKey()
{
    return Credential{QStringLiteral("test-key"), CredentialSource::Environment,
                      QStringLiteral("OPENAI_API_KEY")};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

SynthesisRequest BenchRequests::synthesis()
{
    SynthesisRequest request;
    request.text = QStringLiteral("Turn on the kitchen lights.");
    request.format = QStringLiteral("wav");
    return request;
}

AudioClip BenchRequests::oneSecondTone()
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples.resize(16000);
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = 0.3f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / 16000.0));
    return clip;
}

TranscriptionRequest BenchRequests::transcription()
{
    // Made once: a routed request must not pay for generating its input (a million instructions
    // of sin()), which the bare legs get pre-made as the request bytes built before they run.
    static const TranscriptionRequest request{oneSecondTone(), QStringLiteral("en-US"),
                                              QStringLiteral("tone.wav")};
    return request;
}

QJsonObject BenchRequests::speechSettings(const QUrl& openAiUrl)
{
    return openAiTextToSpeechInfo().settingsSchema.withDefaults(
        QJsonObject{{QStringLiteral("base_url"), openAiUrl.toString()}});
}

QJsonObject BenchRequests::transcriptionSettings(const QUrl& openAiUrl)
{
    return openAiSpeechToTextInfo().settingsSchema.withDefaults(
        QJsonObject{{QStringLiteral("base_url"), openAiUrl.toString()}});
}

HttpCall BenchRequests::speechCall(const QUrl& openAiUrl)
{
    Result<HttpCall> call = openAiSpeechCall(speechSettings(openAiUrl), testKey(), synthesis());
    return call ? call.value() : HttpCall{};
}

HttpCall BenchRequests::transcriptionCall(const QUrl& openAiUrl)
{
    const PreparedParts prepared =
        openAiTranscriptionParts(transcriptionSettings(openAiUrl), testKey(), transcription());
    return prepared.parts.isEmpty() ? HttpCall{} : prepared.parts.first().call;
}

QList<FormPart> BenchRequests::transcriptionForm()
{
    const Result<EncodedAudio> wav =
        encodeAudio(toSpeechFormat(transcription().audio, 16000), QStringLiteral("wav"));
    return wav ? openAiTranscriptionForm(transcriptionSettings(QUrl()), wav->data, transcription().language)
               : QList<FormPart>{};
}

bool BenchRequests::dump(const QUrl& openAiUrl, const QString& directory)
{
    QDir().mkpath(directory);
    const QDir dir(directory);
    const HttpCall speech = speechCall(openAiUrl);
    QByteArray wav;
    QJsonObject fields; // the other form fields (model, language, response_format, ...)
    for (const FormPart& part : transcriptionForm()) {
        if (part.name == "file")
            wav = part.data;
        else
            fields.insert(QString::fromUtf8(part.name), QString::fromUtf8(part.data));
    }
    if (speech.body.isEmpty() || wav.isEmpty()) {
        std::fprintf(stderr, "the OpenAI request builders returned no request\n");
        return false;
    }
    return writeFile(dir.filePath(QStringLiteral("speech.json")), speech.body) &&
           writeFile(dir.filePath(QStringLiteral("tone.wav")), wav) &&
           writeFile(dir.filePath(QStringLiteral("transcription.json")), QJsonDocument(fields).toJson());
}

namespace {

QNetworkRequest bareRequest(const HttpCall& call,
                            const QHash<QNetworkRequest::Attribute, QVariant>& attributes,
                            bool withContentType = true)
{
    QNetworkRequest request(call.url);
    for (const auto& [name, value] : call.headers) {
        if (withContentType || name.compare("Content-Type", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    }
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        request.setAttribute(it.key(), it.value());
    return request;
}

} // namespace

QNetworkReply* sendBare(QNetworkAccessManager& network, const HttpCall& call,
                        const QHash<QNetworkRequest::Attribute, QVariant>& attributes)
{
    return network.sendCustomRequest(bareRequest(call, attributes), call.method, call.body);
}

QNetworkReply* sendBareMultipart(QNetworkAccessManager& network, const HttpCall& call,
                                 const QList<FormPart>& form)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const FormPart& part : form) {
        QHttpPart httpPart;
        QByteArray disposition = "form-data; name=\"" + part.name + '"';
        if (!part.fileName.isEmpty())
            disposition += "; filename=\"" + part.fileName.toUtf8() + '"';
        httpPart.setRawHeader("Content-Disposition", disposition);
        if (!part.contentType.isEmpty())
            httpPart.setRawHeader("Content-Type", part.contentType);
        httpPart.setBody(part.data);
        multipart->append(httpPart);
    }
    QNetworkReply* reply = network.sendCustomRequest(bareRequest(call, {}, false), call.method, multipart);
    multipart->setParent(reply);
    return reply;
}

} // namespace vd::bench
