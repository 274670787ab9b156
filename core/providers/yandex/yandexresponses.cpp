#include "core/providers/yandex/yandexresponses.h"

#include "core/model/translate.h"
#include "core/network/errorclassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {

namespace {} // namespace

Result<Transcript> parseYandexRecognize(const HttpResponse& response, const QString& requestedLanguage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalidResponse(CloudVendor::Yandex,
                               tr("the body is not a JSON object: \"%1\"")
                                   .arg(quoteVendorText(QString::fromUtf8(response.body.left(200)), 80)),
                               response.status);
    const QJsonValue result = document.object().value(QLatin1String("result"));
    if (!result.isString())
        return invalidResponse(CloudVendor::Yandex, tr("the answer has no \"result\" string"),
                               response.status);
    Transcript transcript;
    transcript.text = result.toString().trimmed();
    transcript.language = requestedLanguage;
    return transcript;
}

Result<EncodedAudio> parseYandexSynthesize(const HttpResponse& response, const QString& format,
                                           int sampleRate)
{
    if (response.body.isEmpty())
        return invalidResponse(CloudVendor::Yandex, tr("the audio answer is empty"), response.status);
    const QByteArray contentType = response.header("Content-Type").toLower();
    if (contentType.startsWith("application/json") || contentType.startsWith("text/"))
        return invalidResponse(CloudVendor::Yandex,
                               tr("expected audio but got %1: \"%2\"")
                                   .arg(QString::fromLatin1(contentType),
                                        quoteVendorText(QString::fromUtf8(response.body.left(200)), 80)),
                               response.status);
    EncodedAudio audio;
    audio.data = response.body;
    audio.channels = 1;
    if (format == QLatin1String("lpcm")) {
        audio.format = QStringLiteral("pcm");
        audio.sampleRate = sampleRate;
        if (audio.data.size() % 2 != 0)
            audio.data.chop(1);
    } else if (format == QLatin1String("oggopus")) {
        audio.format = QStringLiteral("ogg");
        if (!audio.data.startsWith("OggS"))
            return invalidResponse(CloudVendor::Yandex, tr("the oggopus answer is not an Ogg stream"),
                                   response.status);
    } else {
        audio.format = QStringLiteral("mp3");
    }
    return audio;
}

} // namespace vd
