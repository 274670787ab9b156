#include "core/providers/google/googledefinitions.h"

#include "core/network/cloudsettings.h"

#include <QCoreApplication>

namespace vd {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vd::GoogleDefinitions", text);
}

ProviderInfo googleInfo(const QString& name, ProviderCategory category, const QList<SettingField>& fields,
                        const QString& description)
{
    ProviderInfo info;
    info.name = name;
    info.category = category;
    info.type = ProviderType::Builtin;
    info.description = description;
    info.settingsSchema = SettingsSchema(fields + probeSettingFields());
    info.priority = 20;
    info.credentialKeys = {name, QStringLiteral("google")};
    info.credentialEnvironment = {QStringLiteral("GOOGLE_API_KEY")};
    return info;
}

} // namespace

ProviderInfo googleSpeechToTextInfo()
{
    const QList<SettingField> fields{
        baseUrlField(QStringLiteral("https://speech.googleapis.com")),
        settingField(QStringLiteral("language"), SettingType::String, QStringLiteral("en-US"), true,
                     tr("BCP-47 language of the audio (\"en-US\", \"ru-RU\").")),
        settingField(
            QStringLiteral("model"), SettingType::String, QString(), false,
            tr("Recognition model (latest_long, latest_short, command_and_search, phone_call, video, "
               "default); empty lets Google choose.")),
        settingField(QStringLiteral("automatic_punctuation"), SettingType::Bool, true, false,
                     tr("Ask Google to add punctuation.")),
        transferTimeoutField(),
    };
    return googleInfo(
        QStringLiteral("google_stt"), ProviderCategory::Stt, fields,
        tr("Google Cloud Speech-to-Text v1 (POST {base_url}/v1/speech:recognize), LINEAR16 16 kHz; "
           "recordings over 55 s are split at pauses. Google has no free call: the health probe sends "
           "0.1 s of silence, a billable request."));
}

ProviderInfo googleTextToSpeechInfo()
{
    const QList<SettingField> fields{
        baseUrlField(QStringLiteral("https://texttospeech.googleapis.com")),
        settingField(QStringLiteral("language"), SettingType::String, QStringLiteral("en-US"), true,
                     tr("BCP-47 language of the voice (\"en-US\").")),
        settingField(QStringLiteral("voice"), SettingType::String, QString(), false,
                     tr("Voice name (\"en-US-Neural2-C\"); empty lets Google pick one for the language.")),
        settingField(QStringLiteral("audio_encoding"), SettingType::Enum, QStringLiteral("LINEAR16"), false,
                     tr("LINEAR16 (WAV), MP3 or OGG_OPUS."),
                     {QStringLiteral("LINEAR16"), QStringLiteral("MP3"), QStringLiteral("OGG_OPUS")}),
        settingField(QStringLiteral("speed"), SettingType::Double, 1.0, false, tr("Speaking rate 0.25–4.0."),
                     {}, 0.25, 4.0),
        settingField(QStringLiteral("pitch"), SettingType::Double, 0.0, false,
                     tr("Pitch in semitones, −20 to 20."), {}, -20.0, 20.0),
        settingField(QStringLiteral("sample_rate_hertz"), SettingType::Int, 0, false,
                     tr("Output sample rate; 0 uses the voice's natural rate."), {}, 0.0, 48000.0),
        transferTimeoutField(),
    };
    return googleInfo(
        QStringLiteral("google_tts"), ProviderCategory::Tts, fields,
        tr("Google Cloud Text-to-Speech v1 (POST {base_url}/v1/text:synthesize), up to 5000 bytes of "
           "UTF-8 text. Health probe and voices: GET /v1/voices (free)."));
}

} // namespace vd
