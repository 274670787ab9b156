#include "core/providers/yandex/yandexdefinitions.h"

#include "core/corelog.h"
#include "core/network/cloudsettings.h"
#include "core/providers/yandex/yandexrequests.h"
#include "core/providers/yandex/yandexresponses.h"

#include <QCoreApplication>

namespace vd {

namespace {

QList<SettingField> authFields()
{
    return {
        settingField(
            QStringLiteral("auth_mode"), SettingType::Enum, QStringLiteral("api_key"), false,
            QT_TR_NOOP(
                "How the stored credential is sent: api_key (service-account API key, \"Api-Key\") or "
                "iam_token (\"Bearer\"). A key from YANDEX_API_KEY or YANDEX_IAM_TOKEN says it itself."),
            {QStringLiteral("api_key"), QStringLiteral("iam_token")}),
        settingField(QStringLiteral("folder_id"), SettingType::String, QString(), false,
                     QT_TR_NOOP("Folder ID, sent only with IAM tokens (required for a user account's token); "
                                "YANDEX_FOLDER_ID fills it when empty.")),
    };
}

ProviderInfo yandexInfo(const QString& name, ProviderCategory category, const QList<SettingField>& fields,
                        const QString& description)
{
    ProviderInfo info;
    info.name = name;
    info.category = category;
    info.type = ProviderType::Builtin;
    info.description = description;
    info.settingsSchema = SettingsSchema(fields + probeSettingFields());
    info.priority = 30;
    info.credentialKeys = {name, QStringLiteral("yandex")};
    info.credentialEnvironment = {QStringLiteral("YANDEX_API_KEY"), QStringLiteral("YANDEX_IAM_TOKEN")};
    return info;
}

} // namespace

ProviderInfo yandexSpeechToTextInfo()
{
    QList<SettingField> fields{baseUrlField(QStringLiteral("https://stt.api.cloud.yandex.net"))};
    fields += authFields();
    fields += {
        settingField(QStringLiteral("language"), SettingType::String, QStringLiteral("ru-RU"), true,
                     QT_TR_NOOP("Language of the audio (\"ru-RU\", \"en-US\", …).")),
        settingField(QStringLiteral("topic"), SettingType::String, QStringLiteral("general"), false,
                     QT_TR_NOOP("Language model (\"general\").")),
        settingField(QStringLiteral("profanity_filter"), SettingType::Bool, false, false,
                     QT_TR_NOOP("Mask profanity in the transcript.")),
        transferTimeoutField(),
    };
    return yandexInfo(
        QStringLiteral("yandex_stt"), ProviderCategory::Stt, fields,
        QT_TR_NOOP("Yandex SpeechKit STT v1 (POST {base_url}/speech/v1/stt:recognize), 16 kHz mono lpcm; "
                   "recordings over 29 s are split at pauses (limits 30 s, 1 MB). No free call exists: the "
                   "health probe recognises 0.1 s of silence, a billable request."));
}

ProviderInfo yandexTextToSpeechInfo()
{
    QStringList voiceIds;
    for (const Voice& voice : yandexVoices())
        voiceIds.append(voice.id);
    QList<SettingField> fields{baseUrlField(QStringLiteral("https://tts.api.cloud.yandex.net"))};
    fields += authFields();
    fields += {
        settingField(QStringLiteral("language"), SettingType::String, QStringLiteral("ru-RU"), true,
                     QT_TR_NOOP("Language of the text (\"ru-RU\").")),
        settingField(QStringLiteral("voice"), SettingType::Enum, QStringLiteral("alena"), true,
                     QT_TR_NOOP("Voice."), voiceIds),
        settingField(
            QStringLiteral("emotion"), SettingType::String, QString(), false,
            QT_TR_NOOP("Emotion (neutral, good, evil; ru-RU voices only); empty for the voice's default.")),
        settingField(QStringLiteral("speed"), SettingType::Double, 1.0, false,
                     QT_TR_NOOP("Speaking speed 0.1–3.0."), {}, 0.1, 3.0),
        settingField(QStringLiteral("format"), SettingType::Enum, QStringLiteral("lpcm"), false,
                     QT_TR_NOOP("lpcm (raw PCM, plays while it arrives), oggopus or mp3."),
                     {QStringLiteral("lpcm"), QStringLiteral("oggopus"), QStringLiteral("mp3")}),
        settingField(QStringLiteral("sample_rate_hertz"), SettingType::Int, 48000, false,
                     QT_TR_NOOP("lpcm sample rate: 48000, 16000 or 8000."), {}, 8000.0, 48000.0),
        transferTimeoutField(),
    };
    return yandexInfo(
        QStringLiteral("yandex_tts"), ProviderCategory::Tts, fields,
        QT_TR_NOOP("Yandex SpeechKit TTS v1 (POST {base_url}/speech/v1/tts:synthesize), up to 5000 "
                   "characters; lpcm streams while it arrives. No free call exists: the health probe "
                   "synthesises a short word, a billable request."));
}

QList<Voice> yandexVoices()
{
    auto voice = [](const char* id, const char* display, const char* language, const char* gender) {
        return Voice{QString::fromLatin1(id),
                     QString::fromLatin1(display),
                     {QString::fromLatin1(language)},
                     QString::fromLatin1(gender)};
    };
    return {
        voice("alena", "Alena", "ru-RU", "female"),   voice("filipp", "Filipp", "ru-RU", "male"),
        voice("ermil", "Ermil", "ru-RU", "male"),     voice("jane", "Jane", "ru-RU", "female"),
        voice("omazh", "Omazh", "ru-RU", "female"),   voice("zahar", "Zahar", "ru-RU", "male"),
        voice("marina", "Marina", "ru-RU", "female"), voice("madi_ru", "Madi (Russian)", "ru-RU", "male"),
        voice("lea", "Lea", "de-DE", "female"),       voice("john", "John", "en-US", "male"),
        voice("amira", "Amira", "kk-KK", "female"),   voice("madi", "Madi", "kk-KK", "male"),
        voice("nigora", "Nigora", "uz-UZ", "female"),
    };
}

} // namespace vd

namespace vd {

namespace {

int yandexLpcmRate(const QJsonObject& settings)
{
    return settings.value(QLatin1String("sample_rate_hertz")).toInt(48000);
}

} // namespace

CloudSpeechToTextRecipe yandexSpeechToTextRecipe()
{
    CloudSpeechToTextRecipe recipe;
    recipe.info = yandexSpeechToTextInfo;
    recipe.vendor = CloudVendor::Yandex;
    recipe.log = lcYandex;
    // SpeechKit has no free call.
    recipe.probeCall = [](const QJsonObject& settings, const Credential& credential) {
        return yandexRecognizeCall(settings, credential, probeSilence(kYandexSttSampleRate), QString());
    };
    recipe.probeAnswer = [](const HttpResponse& response, const QJsonObject&) {
        return silenceProbeVerdict(parseYandexRecognize(response, QString()));
    };
    recipe.recognizeParts = yandexRecognizeParts;
    recipe.parseTranscript = parseYandexRecognize;
    return recipe;
}

CloudTextToSpeechRecipe yandexTextToSpeechRecipe()
{
    CloudTextToSpeechRecipe recipe;
    recipe.info = yandexTextToSpeechInfo;
    recipe.vendor = CloudVendor::Yandex;
    recipe.log = lcYandex;
    // No free call either: the probe synthesises one short word.
    recipe.probeCall = [](const QJsonObject& settings, const Credential& credential) {
        SynthesisRequest request;
        request.text = QStringLiteral("ok");
        return yandexSynthesizeCall(settings, credential, request);
    };
    recipe.probeAnswer = [](const HttpResponse& response, const QJsonObject& settings) -> Result<QString> {
        const QString format = yandexSpeechFormat(settings, QString()).valueOr(QString());
        Result<EncodedAudio> audio = parseYandexSynthesize(response, format, yandexLpcmRate(settings));
        if (!audio)
            return audio.error();
        return QCoreApplication::translate(
                   "vd::YandexTextToSpeech",
                   "tts:synthesize answered with %1 bytes of audio (a billable request)")
            .arg(audio->data.size());
    };
    recipe.audioFormat = yandexSpeechFormat;
    recipe.synthesizeCall = yandexSynthesizeCall;
    recipe.parseAudio = [](const HttpResponse& response, const QString& format, const QJsonObject& settings) {
        return parseYandexSynthesize(response, format, yandexLpcmRate(settings));
    };
    // lpcm is raw PCM: it plays while it arrives.
    recipe.streamPcmRate = [](const QString& format, const QJsonObject& settings) {
        return format == QLatin1String("lpcm") ? yandexLpcmRate(settings) : 0;
    };
    recipe.documentedVoices = yandexVoices;
    recipe.textLimit = {kYandexMaxInputCharacters, TextLimit::Unit::Characters};
    return recipe;
}

} // namespace vd
