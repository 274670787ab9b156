#include "core/providers/google/googleresponses.h"

#include "core/model/translate.h"
#include "core/model/wavlayout.h"
#include "core/network/errorclassifier.h"

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
        return invalidResponse(CloudVendor::Google,
                               tr("the body is not JSON (%1): \"%2\"")
                                   .arg(parseError.errorString(),
                                        quoteVendorText(QString::fromUtf8(response.body.left(200)), 80)),
                               response.status);
    if (!document.isObject())
        return invalidResponse(CloudVendor::Google, tr("the body is not a JSON object"), response.status);
    return document.object();
}

// "1.500s" → 1.5; nullopt when absent or not a duration.
std::optional<double> durationSeconds(const QJsonValue& value)
{
    QString text = value.toString();
    if (!text.endsWith(QLatin1Char('s')))
        return std::nullopt;
    text.chop(1);
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    return ok ? std::optional(seconds) : std::nullopt;
}

QString genderName(const QString& ssmlGender)
{
    if (ssmlGender == QLatin1String("MALE"))
        return QStringLiteral("male");
    if (ssmlGender == QLatin1String("FEMALE"))
        return QStringLiteral("female");
    if (ssmlGender == QLatin1String("NEUTRAL"))
        return QStringLiteral("neutral");
    return {};
}

} // namespace

Result<Transcript> parseGoogleRecognize(const HttpResponse& response, const QString& requestedLanguage)
{
    Result<QJsonObject> json = jsonObject(response);
    if (!json)
        return json.error();
    Transcript transcript;
    transcript.language = requestedLanguage;
    const QJsonValue results = json->value(QLatin1String("results"));
    if (results.isUndefined() || results.isNull())
        return transcript;
    if (!results.isArray())
        return invalidResponse(CloudVendor::Google, tr("\"results\" is not an array"), response.status);

    QStringList texts;
    double confidenceSum = 0.0;
    int confidenceCount = 0;
    double previousEnd = 0.0;
    for (const QJsonValue& resultValue : results.toArray()) {
        if (!resultValue.isObject())
            return invalidResponse(CloudVendor::Google, tr("a recognition result is not an object"),
                                   response.status);
        const QJsonObject result = resultValue.toObject();
        const QJsonValue alternatives = result.value(QLatin1String("alternatives"));
        if (!alternatives.isUndefined() && !alternatives.isArray())
            return invalidResponse(CloudVendor::Google, tr("\"alternatives\" is not an array"),
                                   response.status);
        const QJsonObject best = alternatives.toArray().at(0).toObject();
        const QJsonValue transcriptValue = best.value(QLatin1String("transcript"));
        if (!transcriptValue.isUndefined() && !transcriptValue.isString())
            return invalidResponse(CloudVendor::Google, tr("\"transcript\" is not a string"),
                                   response.status);
        const QString text = transcriptValue.toString().trimmed();
        if (!text.isEmpty())
            texts.append(text);
        if (best.value(QLatin1String("confidence")).isDouble()) {
            confidenceSum += best.value(QLatin1String("confidence")).toDouble();
            ++confidenceCount;
        }
        const QString language = result.value(QLatin1String("languageCode")).toString();
        if (transcript.language.isEmpty() && !language.isEmpty())
            transcript.language = language;
        if (const auto end = durationSeconds(result.value(QLatin1String("resultEndTime")))) {
            if (!text.isEmpty())
                transcript.segments.append({previousEnd, *end, text});
            previousEnd = *end;
        }
    }
    transcript.text = texts.join(QLatin1Char(' '));
    if (confidenceCount > 0)
        transcript.confidence = confidenceSum / confidenceCount;
    return transcript;
}

Result<EncodedAudio> parseGoogleSynthesize(const HttpResponse& response, const QString& audioEncoding)
{
    Result<QJsonObject> json = jsonObject(response);
    if (!json)
        return json.error();
    const QJsonValue content = json->value(QLatin1String("audioContent"));
    if (!content.isString())
        return invalidResponse(CloudVendor::Google, tr("the answer has no \"audioContent\" string"),
                               response.status);
    const auto decoded = QByteArray::fromBase64Encoding(content.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidResponse(CloudVendor::Google, tr("\"audioContent\" is not valid base64"),
                               response.status);
    if (decoded.decoded.isEmpty())
        return invalidResponse(CloudVendor::Google, tr("\"audioContent\" is empty"), response.status);

    EncodedAudio audio;
    audio.data = decoded.decoded;
    audio.channels = 1;
    if (audioEncoding == QLatin1String("LINEAR16")) {
        audio.format = QStringLiteral("wav");
        audio.sampleRate = wavSampleRate(audio.data);
        if (audio.sampleRate == 0)
            return invalidResponse(CloudVendor::Google, tr("the LINEAR16 audio has no WAV header"),
                                   response.status);
    } else if (audioEncoding == QLatin1String("MP3")) {
        audio.format = QStringLiteral("mp3");
    } else {
        audio.format = QStringLiteral("ogg");
    }
    return audio;
}

Result<QList<Voice>> parseGoogleVoices(const HttpResponse& response)
{
    Result<QJsonObject> json = jsonObject(response);
    if (!json)
        return json.error();
    const QJsonValue voicesValue = json->value(QLatin1String("voices"));
    // An empty list comes back as {} (proto3 JSON omits empty repeated fields).
    if (voicesValue.isUndefined())
        return QList<Voice>{};
    if (!voicesValue.isArray())
        return invalidResponse(CloudVendor::Google, tr("\"voices\" is not an array"), response.status);
    QList<Voice> voices;
    for (const QJsonValue& value : voicesValue.toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return invalidResponse(CloudVendor::Google, tr("a voice has no \"name\""), response.status);
        Voice voice;
        voice.id = name;
        voice.displayName = name;
        for (const QJsonValue& language : object.value(QLatin1String("languageCodes")).toArray())
            voice.languages.append(language.toString());
        voice.gender = genderName(object.value(QLatin1String("ssmlGender")).toString());
        voices.append(voice);
    }
    return voices;
}

} // namespace vd
