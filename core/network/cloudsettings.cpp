#include "core/network/cloudsettings.h"

#include <QCoreApplication>
#include <QHash>

namespace vd {

namespace {

struct Wording
{
    const char* label;
    const char* unit;
};

// What the form calls each key the cloud providers share (the keys themselves are fixed by
// PRODUCT.md): one table, so "speed" reads the same for OpenAI, Google and Yandex. English here;
// the GUI translates them in kSettingWordingContext.
const QHash<QString, Wording>& wordings()
{
    static const QHash<QString, Wording> table{
        {QStringLiteral("base_url"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Service URL"), nullptr}},
        {QStringLiteral("timeout_ms"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Transfer timeout"),
          QT_TRANSLATE_NOOP("vd::SettingWording", "ms")}},
        {QStringLiteral("probe_budget_per_hour"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Hourly probe limit"),
          QT_TRANSLATE_NOOP("vd::SettingWording", "probes")}},
        {QStringLiteral("probe_budget_per_day"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Daily probe limit"),
          QT_TRANSLATE_NOOP("vd::SettingWording", "probes")}},
        {QStringLiteral("quality_probe"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Quality probe"), nullptr}},
        {QStringLiteral("organization"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Organization"), nullptr}},
        {QStringLiteral("project"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Project"), nullptr}},
        {QStringLiteral("model"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Model"), nullptr}},
        {QStringLiteral("language"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Language"), nullptr}},
        {QStringLiteral("prompt"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Prompt"), nullptr}},
        {QStringLiteral("response_format"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Response format"), nullptr}},
        {QStringLiteral("temperature"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Temperature"), nullptr}},
        {QStringLiteral("voice"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Voice"), nullptr}},
        {QStringLiteral("format"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Audio format"), nullptr}},
        {QStringLiteral("audio_encoding"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Audio format"), nullptr}},
        {QStringLiteral("speed"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Speed"),
          QT_TRANSLATE_NOOP("vd::SettingWording", "× normal")}},
        {QStringLiteral("pitch"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Pitch"),
          QT_TRANSLATE_NOOP("vd::SettingWording", "semitones")}},
        {QStringLiteral("sample_rate_hertz"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Sample rate"),
          QT_TRANSLATE_NOOP("vd::SettingWording", "Hz")}},
        {QStringLiteral("instructions"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Instructions"), nullptr}},
        {QStringLiteral("automatic_punctuation"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Automatic punctuation"), nullptr}},
        {QStringLiteral("auth_mode"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Key type"), nullptr}},
        {QStringLiteral("folder_id"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Folder ID"), nullptr}},
        {QStringLiteral("topic"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Language model"), nullptr}},
        {QStringLiteral("profanity_filter"),
         {QT_TRANSLATE_NOOP("vd::SettingWording", "Profanity filter"), nullptr}},
        {QStringLiteral("emotion"), {QT_TRANSLATE_NOOP("vd::SettingWording", "Emotion"), nullptr}},
    };
    return table;
}

} // namespace

SettingField settingField(const QString& name, SettingType type, const QJsonValue& defaultValue,
                          bool required, const QString& description, const QStringList& allowedValues,
                          std::optional<double> minimum, std::optional<double> maximum)
{
    SettingField field;
    field.name = name;
    field.type = type;
    field.defaultValue = defaultValue;
    field.required = required;
    field.description = description;
    field.allowedValues = allowedValues;
    field.minimum = minimum;
    field.maximum = maximum;
    const auto wording = wordings().constFind(name);
    if (wording != wordings().cend()) {
        field.label = QString::fromUtf8(wording->label);
        field.unit = QString::fromUtf8(wording->unit);
    }
    return field;
}

SettingField baseUrlField(const QString& defaultUrl)
{
    return settingField(
        QStringLiteral("base_url"), SettingType::Url, defaultUrl, true,
        QStringLiteral(QT_TRANSLATE_NOOP("vd", "Service base URL; https://, or http:// only for this machine "
                                               "(127.0.0.1, ::1, localhost).")));
}

SettingField transferTimeoutField()
{
    return settingField(QStringLiteral("timeout_ms"), SettingType::Int, 120000, false,
                        QStringLiteral(QT_TRANSLATE_NOOP(
                            "vd", "Safety net: abort a transfer when no data moves for this many "
                                  "milliseconds (the routing attempt timeout applies first).")),
                        {}, 1000.0, 600000.0);
}

QList<SettingField> probeSettingFields()
{
    auto field = [](const char* name, const char* description) {
        return settingField(QString::fromLatin1(name), SettingType::Int, 0, false,
                            QString::fromUtf8(description), {}, 0.0, 100000.0);
    };
    return {field("probe_budget_per_hour",
                  QT_TRANSLATE_NOOP("vd", "Most automatic health probes per hour (a metered "
                                          "API bills them); 0 = no limit.")),
            field("probe_budget_per_day",
                  QT_TRANSLATE_NOOP("vd", "Most automatic health probes per day; 0 = no limit.")),
            settingField(
                QStringLiteral("quality_probe"), SettingType::Bool, false, false,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "vd", "Probe with a round trip and measure the word error rate: speak a fixed sentence "
                          "and have the best speech-to-text provider listen (TTS), or transcribe a fixed "
                          "recording (STT). Each probe is a billed request; a WER over "
                          "health.probe_wer_threshold makes the provider DEGRADED.")))};
}

QString regionalLanguage(const QString& language)
{
    const QString tag = language.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (tag.contains(QLatin1Char('-')) || tag.isEmpty())
        return tag;
    static const QHash<QString, QString> regions{
        {QStringLiteral("en"), QStringLiteral("en-US")}, {QStringLiteral("ru"), QStringLiteral("ru-RU")},
        {QStringLiteral("de"), QStringLiteral("de-DE")}, {QStringLiteral("fr"), QStringLiteral("fr-FR")},
        {QStringLiteral("es"), QStringLiteral("es-ES")}, {QStringLiteral("it"), QStringLiteral("it-IT")},
        {QStringLiteral("pt"), QStringLiteral("pt-BR")}, {QStringLiteral("uk"), QStringLiteral("uk-UA")},
        {QStringLiteral("kk"), QStringLiteral("kk-KK")}, {QStringLiteral("uz"), QStringLiteral("uz-UZ")},
        {QStringLiteral("tr"), QStringLiteral("tr-TR")}, {QStringLiteral("pl"), QStringLiteral("pl-PL")},
        {QStringLiteral("nl"), QStringLiteral("nl-NL")}, {QStringLiteral("ja"), QStringLiteral("ja-JP")},
        {QStringLiteral("zh"), QStringLiteral("zh-CN")}, {QStringLiteral("he"), QStringLiteral("he-IL")},
    };
    return regions.value(tag.toLower(), tag);
}

} // namespace vd
