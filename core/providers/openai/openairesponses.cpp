#include "core/providers/openai/openairesponses.h"

#include "core/model/translate.h"
#include "core/model/wavlayout.h"
#include "core/network/errorclassifier.h"
#include "core/providers/openai/openaidefinitions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {

namespace {

Result<QJsonObject> jsonObject(const HttpResponse& response)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidResponse(CloudVendor::OpenAi,
                               tr("the body is not JSON (%1): \"%2\"")
                                   .arg(parseError.errorString(),
                                        quoteVendorText(QString::fromUtf8(response.body.left(200)), 80)),
                               response.status);
    if (!document.isObject())
        return invalidResponse(CloudVendor::OpenAi, tr("the body is not a JSON object"), response.status);
    return document.object();
}

} // namespace

Result<Transcript> parseOpenAiTranscription(const HttpResponse& response, const QString& requestedLanguage)
{
    Result<QJsonObject> json = jsonObject(response);
    if (!json)
        return json.error();
    const QJsonValue text = json->value(QLatin1String("text"));
    if (!text.isString())
        return invalidResponse(CloudVendor::OpenAi, tr("the transcription has no \"text\" string"),
                               response.status);
    Transcript transcript;
    transcript.text = text.toString().trimmed();
    // verbose_json names the language in words ("english"); a requested code is more useful.
    transcript.language =
        requestedLanguage.isEmpty() ? json->value(QLatin1String("language")).toString() : requestedLanguage;
    for (const QJsonValue& value : json->value(QLatin1String("segments")).toArray()) {
        const QJsonObject segment = value.toObject();
        if (!segment.value(QLatin1String("start")).isDouble() ||
            !segment.value(QLatin1String("end")).isDouble())
            continue;
        transcript.segments.append({segment.value(QLatin1String("start")).toDouble(),
                                    segment.value(QLatin1String("end")).toDouble(),
                                    segment.value(QLatin1String("text")).toString().trimmed()});
    }
    return transcript;
}

Result<EncodedAudio> parseOpenAiSpeech(const HttpResponse& response, const QString& responseFormat)
{
    if (response.body.isEmpty())
        return invalidResponse(CloudVendor::OpenAi, tr("the audio answer is empty"), response.status);
    const QByteArray contentType = response.header("Content-Type").toLower();
    if (contentType.startsWith("application/json") || contentType.startsWith("text/"))
        return invalidResponse(CloudVendor::OpenAi,
                               tr("expected audio but got %1: \"%2\"")
                                   .arg(QString::fromLatin1(contentType),
                                        quoteVendorText(QString::fromUtf8(response.body.left(200)), 80)),
                               response.status);
    EncodedAudio audio;
    audio.data = response.body;
    audio.channels = 1;
    if (responseFormat == QLatin1String("wav")) {
        audio.format = QStringLiteral("wav");
        audio.sampleRate = wavSampleRate(response.body);
        if (audio.sampleRate == 0)
            return invalidResponse(CloudVendor::OpenAi, tr("the wav answer has no RIFF/WAVE header"),
                                   response.status);
    } else if (responseFormat == QLatin1String("pcm")) {
        audio.format = QStringLiteral("pcm");
        audio.sampleRate = kOpenAiPcmSampleRate;
        if (audio.data.size() % 2 != 0)
            audio.data.chop(1);
    } else if (responseFormat == QLatin1String("opus")) {
        audio.format = QStringLiteral("ogg");
    } else {
        audio.format = responseFormat;
    }
    return audio;
}

Result<QString> parseOpenAiModels(const HttpResponse& response, const QString& model)
{
    Result<QJsonObject> json = jsonObject(response);
    if (!json)
        return json.error();
    const QJsonValue data = json->value(QLatin1String("data"));
    if (!data.isArray())
        return invalidResponse(CloudVendor::OpenAi, tr("the model list has no \"data\" array"),
                               response.status);
    const QJsonArray models = data.toArray();
    bool found = false;
    for (const QJsonValue& entry : models)
        found = found || entry.toObject().value(QLatin1String("id")).toString() == model;
    QString detail =
        QCoreApplication::translate("vd::OpenAiResponses", "%n model(s) listed", nullptr, int(models.size()));
    if (!model.isEmpty() && !found)
        detail += tr("; \"%1\" is not among them").arg(model);
    return detail;
}

} // namespace vd
