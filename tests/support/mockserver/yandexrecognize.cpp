#include "tests/support/mockserver/yandexrecognize.h"

#include "tests/support/mockserver/audioprobe.h"
#include "tests/support/mockserver/vendorauth.h"
#include "tests/support/mockserver/vendorerrors.h"

namespace vd::test {

namespace {

constexpr qint64 kMaxAudioBytes = 1024 * 1024;

const QStringList kParameters{QStringLiteral("lang"), QStringLiteral("topic"), QStringLiteral("profanityFilter"),
                              QStringLiteral("rawResults"), QStringLiteral("format"),
                              QStringLiteral("sampleRateHertz"), QStringLiteral("folderId")};
const QStringList kLanguages{QStringLiteral("auto"),  QStringLiteral("ru-RU"), QStringLiteral("en-US"),
                             QStringLiteral("de-DE"), QStringLiteral("es-ES"), QStringLiteral("fi-FI"),
                             QStringLiteral("fr-FR"), QStringLiteral("he-IL"), QStringLiteral("it-IT"),
                             QStringLiteral("kk-KZ"), QStringLiteral("nl-NL"), QStringLiteral("pl-PL"),
                             QStringLiteral("pt-PT"), QStringLiteral("pt-BR"), QStringLiteral("sv-SE"),
                             QStringLiteral("tr-TR"), QStringLiteral("uz-UZ")};

HttpResponse reject(Exchange& exchange, const QString& message)
{
    exchange.violate(message);
    return VendorErrors::yandex(400, message);
}

QString checkParameters(const QUrlQuery& query)
{
    QStringList seen;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kParameters.contains(name))
            return QStringLiteral("unknown query parameter '%1'").arg(name);
        if (seen.contains(name))
            return QStringLiteral("query parameter '%1' given twice").arg(name);
        seen.append(name);
    }
    const QString lang = query.queryItemValue(QStringLiteral("lang"));
    if (query.hasQueryItem(QStringLiteral("lang")) && !kLanguages.contains(lang))
        return QStringLiteral("Invalid lang '%1'").arg(lang);
    const QString format = query.queryItemValue(QStringLiteral("format"));
    if (query.hasQueryItem(QStringLiteral("format")) && format != QLatin1String("lpcm") && format != QLatin1String("oggopus"))
        return QStringLiteral("Invalid format '%1': expected lpcm or oggopus").arg(format);
    if (query.hasQueryItem(QStringLiteral("sampleRateHertz"))
        && !QStringList{QStringLiteral("48000"), QStringLiteral("16000"), QStringLiteral("8000")}.contains(query.queryItemValue(QStringLiteral("sampleRateHertz"))))
        return QStringLiteral("Invalid sampleRateHertz '%1': expected 48000, 16000 or 8000").arg(query.queryItemValue(QStringLiteral("sampleRateHertz")));
    const QString topic = query.queryItemValue(QStringLiteral("topic"));
    if (query.hasQueryItem(QStringLiteral("topic")) && topic.isEmpty())
        return QStringLiteral("Invalid topic: empty");
    for (const char* flag : {"profanityFilter", "rawResults"}) {
        const QString value = query.queryItemValue(QLatin1String(flag));
        if (query.hasQueryItem(QLatin1String(flag)) && value != QLatin1String("true") && value != QLatin1String("false"))
            return QStringLiteral("Invalid %1 '%2': expected true or false").arg(QLatin1String(flag), value);
    }
    return {};
}

// Duration of the audio in seconds, or a violation.
std::pair<double, QString> measure(const QByteArray& audio, bool lpcm, int rate)
{
    if (lpcm) {
        if (audio.startsWith("RIFF") || audio.startsWith("fLaC") || audio.startsWith("OggS"))
            return {0, QStringLiteral("format=lpcm expects raw PCM without a container header, but the body starts with '%1'")
                           .arg(QString::fromLatin1(audio.left(4)))};
        if (audio.size() % 2 != 0)
            return {0, QStringLiteral("lpcm audio of %1 bytes is not whole 16-bit samples").arg(audio.size())};
        return {double(audio.size()) / 2.0 / rate, {}};
    }
    const AudioProbe probe = AudioProbe::inspect(audio);
    if (!audio.startsWith("OggS") || !probe.ok)
        return {0, QStringLiteral("format=oggopus but the body is not decodable Ogg Opus audio")};
    if (probe.channels != 1)
        return {0, QStringLiteral("audio must be mono, got %1 channels").arg(probe.channels)};
    return {probe.seconds(), {}};
}

} // namespace

HttpResponse handleYandexRecognize(Exchange& exchange)
{
    const QUrlQuery& query = exchange.record.query;
    if (auto denied = VendorAuth::checkYandex(exchange, query.queryItemValue(QStringLiteral("folderId"), QUrl::FullyDecoded)))
        return *denied;
    const QString parameterError = checkParameters(query);
    if (!parameterError.isEmpty())
        return reject(exchange, parameterError);
    const QByteArray& audio = exchange.http.body;
    if (audio.isEmpty())
        return reject(exchange, QStringLiteral("audio is empty: send the raw audio as the request body"));
    if (audio.size() > kMaxAudioBytes)
        return reject(exchange, QStringLiteral("audio should be less than 1MB, got %1 bytes").arg(audio.size()));
    const bool lpcm = query.queryItemValue(QStringLiteral("format")) == QLatin1String("lpcm");
    const int rate = query.hasQueryItem(QStringLiteral("sampleRateHertz")) ? query.queryItemValue(QStringLiteral("sampleRateHertz")).toInt() : 48000;
    const auto [seconds, error] = measure(audio, lpcm, rate);
    if (!error.isEmpty())
        return reject(exchange, error);
    if (seconds > 30.0)
        return reject(exchange, QStringLiteral("audio duration should be less than 30s, got %1s at %2 Hz").arg(seconds, 0, 'f', 1).arg(rate));
    return HttpResponse::json(200, {{QStringLiteral("result"), exchange.settings.transcript}});
}

} // namespace vd::test
