#include "tests/support/mockserver/googlevoices.h"

#include "tests/support/mockserver/googlerequest.h"
#include "tests/support/mockserver/vendorauth.h"

namespace vd::test {

namespace {

struct VoiceRow
{
    const char* language;
    const char* name;
    const char* gender;
    int rate;
};

constexpr VoiceRow kVoices[] = {
    {"en-US", "en-US-Standard-A", "MALE", 24000},     {"en-US", "en-US-Standard-C", "FEMALE", 24000},
    {"en-US", "en-US-Wavenet-D", "MALE", 24000},      {"en-US", "en-US-Wavenet-F", "FEMALE", 24000},
    {"en-US", "en-US-Neural2-A", "MALE", 24000},      {"en-US", "en-US-Neural2-C", "FEMALE", 24000},
    {"en-GB", "en-GB-Standard-A", "FEMALE", 24000},   {"en-GB", "en-GB-Neural2-B", "MALE", 24000},
    {"de-DE", "de-DE-Standard-A", "FEMALE", 24000},   {"de-DE", "de-DE-Wavenet-B", "MALE", 24000},
    {"fr-FR", "fr-FR-Standard-A", "FEMALE", 24000},   {"es-ES", "es-ES-Standard-B", "MALE", 24000},
    {"ru-RU", "ru-RU-Standard-A", "FEMALE", 24000},   {"ru-RU", "ru-RU-Wavenet-B", "MALE", 24000},
    {"ja-JP", "ja-JP-Standard-A", "FEMALE", 24000},   {"cmn-CN", "cmn-CN-Standard-A", "FEMALE", 24000},
};

QJsonObject voiceObject(const VoiceRow& row)
{
    return {{QStringLiteral("languageCodes"), QJsonArray{QLatin1String(row.language)}},
            {QStringLiteral("name"), QLatin1String(row.name)},
            {QStringLiteral("ssmlGender"), QLatin1String(row.gender)},
            {QStringLiteral("naturalSampleRateHertz"), row.rate}};
}

bool matchesLanguage(const QString& voiceLanguage, const QString& filter)
{
    return filter.isEmpty() || voiceLanguage.compare(filter, Qt::CaseInsensitive) == 0
           || voiceLanguage.startsWith(filter + QLatin1Char('-'), Qt::CaseInsensitive);
}

} // namespace

QJsonArray googleVoiceList()
{
    QJsonArray voices;
    for (const VoiceRow& row : kVoices)
        voices.append(voiceObject(row));
    return voices;
}

QJsonObject googleVoice(const QString& name)
{
    for (const VoiceRow& row : kVoices) {
        if (name == QLatin1String(row.name))
            return voiceObject(row);
    }
    return {};
}

HttpResponse handleGoogleVoices(Exchange& exchange)
{
    if (auto denied = VendorAuth::checkGoogle(exchange))
        return *denied;
    if (auto error = GoogleRequest::checkQuery(exchange, {QStringLiteral("languageCode")}))
        return *error;
    if (!exchange.http.body.isEmpty())
        return GoogleRequest::reject(exchange, QStringLiteral("GET voices must not carry a body."));
    const QString filter = exchange.record.query.queryItemValue(QStringLiteral("languageCode"), QUrl::FullyDecoded);
    QJsonArray voices;
    for (const VoiceRow& row : kVoices) {
        if (matchesLanguage(QLatin1String(row.language), filter))
            voices.append(voiceObject(row));
    }
    if (voices.isEmpty())
        return HttpResponse::json(200, {}); // Google omits the empty list
    return HttpResponse::json(200, {{QStringLiteral("voices"), voices}});
}

} // namespace vd::test
