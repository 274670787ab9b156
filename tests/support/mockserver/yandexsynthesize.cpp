#include "tests/support/mockserver/yandexsynthesize.h"

#include "tests/support/mockserver/vendorauth.h"
#include "tests/support/mockserver/vendorerrors.h"

namespace vd::test {

namespace {

const QStringList kFields{QStringLiteral("text"), QStringLiteral("ssml"), QStringLiteral("lang"),
                          QStringLiteral("voice"), QStringLiteral("emotion"), QStringLiteral("speed"),
                          QStringLiteral("format"), QStringLiteral("sampleRateHertz"), QStringLiteral("folderId")};
const QStringList kVoices{QStringLiteral("alena"), QStringLiteral("filipp"),  QStringLiteral("ermil"),
                          QStringLiteral("jane"),  QStringLiteral("omazh"),   QStringLiteral("zahar"),
                          QStringLiteral("marina"), QStringLiteral("madi_ru"), QStringLiteral("lea"),
                          QStringLiteral("john"),  QStringLiteral("amira"),   QStringLiteral("madi"),
                          QStringLiteral("nigora")};
const QStringList kLanguages{QStringLiteral("ru-RU"), QStringLiteral("en-US"), QStringLiteral("de-DE"),
                             QStringLiteral("kk-KK"), QStringLiteral("uz-UZ"), QStringLiteral("he-IL")};

HttpResponse reject(Exchange& exchange, const QString& message)
{
    exchange.violate(message);
    return VendorErrors::yandex(400, message);
}

QString checkFields(const RecordedRequest& record)
{
    QStringList seen;
    for (const auto& [name, value] : record.formFields) {
        Q_UNUSED(value);
        if (!kFields.contains(name))
            return QStringLiteral("unknown form field '%1'").arg(name);
        if (seen.contains(name))
            return QStringLiteral("form field '%1' given twice").arg(name);
        seen.append(name);
    }
    const bool text = seen.contains(QLatin1String("text"));
    if (text == seen.contains(QLatin1String("ssml")))
        return QStringLiteral("exactly one of 'text' and 'ssml' must be given");
    const QString input = record.formField(text ? QStringLiteral("text") : QStringLiteral("ssml"));
    if (input.trimmed().isEmpty())
        return QStringLiteral("'%1' is empty").arg(text ? QLatin1String("text") : QLatin1String("ssml"));
    if (checks::codePoints(input) > 5000)
        return QStringLiteral("'%1' is too long: %2 characters, at most 5000").arg(text ? QLatin1String("text") : QLatin1String("ssml")).arg(checks::codePoints(input));
    if (!text && !input.trimmed().startsWith(QLatin1String("<speak")))
        return QStringLiteral("'ssml' must be an SSML document with a <speak> root");
    const QString lang = seen.contains(QLatin1String("lang")) ? record.formField(QStringLiteral("lang")) : QStringLiteral("ru-RU");
    if (!kLanguages.contains(lang))
        return QStringLiteral("unsupported lang '%1'").arg(lang);
    if (seen.contains(QLatin1String("voice")) && !kVoices.contains(record.formField(QStringLiteral("voice"))))
        return QStringLiteral("unknown voice '%1'").arg(record.formField(QStringLiteral("voice")));
    if (seen.contains(QLatin1String("emotion"))) {
        if (!QStringList{QStringLiteral("neutral"), QStringLiteral("good"), QStringLiteral("evil")}.contains(record.formField(QStringLiteral("emotion"))))
            return QStringLiteral("unknown emotion '%1'").arg(record.formField(QStringLiteral("emotion")));
        if (lang != QLatin1String("ru-RU"))
            return QStringLiteral("'emotion' is only supported for ru-RU");
    }
    if (seen.contains(QLatin1String("speed"))) {
        bool ok = false;
        const double speed = record.formField(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || speed < 0.1 || speed > 3.0)
            return QStringLiteral("invalid speed '%1': expected 0.1 to 3.0").arg(record.formField(QStringLiteral("speed")));
    }
    const QString format = record.formField(QStringLiteral("format"));
    if (seen.contains(QLatin1String("format")) && !QStringList{QStringLiteral("lpcm"), QStringLiteral("oggopus"), QStringLiteral("mp3")}.contains(format))
        return QStringLiteral("invalid format '%1': expected lpcm, oggopus or mp3").arg(format);
    if (seen.contains(QLatin1String("sampleRateHertz"))
        && !QStringList{QStringLiteral("48000"), QStringLiteral("16000"), QStringLiteral("8000")}.contains(record.formField(QStringLiteral("sampleRateHertz"))))
        return QStringLiteral("invalid sampleRateHertz '%1': expected 48000, 16000 or 8000").arg(record.formField(QStringLiteral("sampleRateHertz")));
    return {};
}

} // namespace

HttpResponse handleYandexSynthesize(Exchange& exchange)
{
    RecordedRequest& record = exchange.record;
    const bool form = exchange.http.mediaType() == "application/x-www-form-urlencoded";
    if (form)
        record.formFields = parseFormUrlEncoded(exchange.http.body);
    if (auto denied = VendorAuth::checkYandex(exchange, form ? record.formField(QStringLiteral("folderId"))
                                                             : record.query.queryItemValue(QStringLiteral("folderId"))))
        return *denied;
    if (!form)
        return reject(exchange, QStringLiteral("Content-Type must be application/x-www-form-urlencoded, got '%1'")
                                    .arg(QString::fromLatin1(exchange.http.header("content-type"))));
    if (!record.query.isEmpty())
        return reject(exchange, QStringLiteral("parameters belong in the form body, not the query string"));
    const QString error = checkFields(record);
    if (!error.isEmpty())
        return reject(exchange, error);

    const QString format = record.formField(QStringLiteral("format")).isEmpty() ? QStringLiteral("oggopus") : record.formField(QStringLiteral("format"));
    const int rate = record.formField(QStringLiteral("sampleRateHertz")).isEmpty() ? 48000 : record.formField(QStringLiteral("sampleRateHertz")).toInt();
    const double speed = record.formField(QStringLiteral("speed")).isEmpty() ? 1.0 : record.formField(QStringLiteral("speed")).toDouble();
    const QString text = record.formField(QStringLiteral("text")) + record.formField(QStringLiteral("ssml"));
    const double seconds = AudioGenerator::secondsForText(text) / speed;
    QByteArray type = "audio/ogg";
    QByteArray audio = exchange.settings.audio;
    if (format == QLatin1String("lpcm")) {
        type = "application/octet-stream";
        if (audio.isEmpty())
            audio = exchange.audio.audio(AudioGenerator::Format::Pcm16, rate, seconds);
    } else if (format == QLatin1String("mp3")) {
        type = "audio/mpeg";
        if (audio.isEmpty())
            audio = exchange.audio.audio(AudioGenerator::Format::Mp3, 48000, seconds);
    } else if (audio.isEmpty()) {
        audio = exchange.audio.audio(AudioGenerator::Format::OggOpus, 48000, seconds);
    }
    if (!exchange.settings.audio.isEmpty() && !exchange.settings.audioContentType.isEmpty())
        type = exchange.settings.audioContentType;
    HttpResponse response = HttpResponse::bytes(200, audio, type);
    response.chunked = true;
    return response;
}

} // namespace vd::test
