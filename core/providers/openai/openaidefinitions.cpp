#include "core/providers/openai/openaidefinitions.h"

#include "core/corelog.h"
#include "core/network/cloudsettings.h"
#include "core/providers/openai/openairequests.h"
#include "core/providers/openai/openairesponses.h"

#include <QCoreApplication>

namespace vd {

namespace {

QList<SettingField> commonFields()
{
    return {
        baseUrlField(QStringLiteral("https://api.openai.com/v1")),
        settingField(QStringLiteral("organization"), SettingType::String, QString(), false,
                     QT_TR_NOOP("Optional OpenAI-Organization header.")),
        settingField(QStringLiteral("project"), SettingType::String, QString(), false,
                     QT_TR_NOOP("Optional OpenAI-Project header.")),
        transferTimeoutField(),
    };
}

ProviderInfo openAiInfo(const QString& name, ProviderCategory category, QList<SettingField> fields,
                        const QString& description)
{
    ProviderInfo info;
    info.name = name;
    info.category = category;
    info.type = ProviderType::Builtin;
    info.description = description;
    info.settingsSchema = SettingsSchema(commonFields() + fields + probeSettingFields());
    info.priority = 10;
    info.credentialKeys = {name, QStringLiteral("openai")};
    info.credentialEnvironment = {QStringLiteral("OPENAI_API_KEY")};
    return info;
}

} // namespace

QStringList openAiVoiceIds()
{
    return {QStringLiteral("alloy"),   QStringLiteral("ash"),   QStringLiteral("ballad"),
            QStringLiteral("coral"),   QStringLiteral("echo"),  QStringLiteral("fable"),
            QStringLiteral("onyx"),    QStringLiteral("nova"),  QStringLiteral("sage"),
            QStringLiteral("shimmer"), QStringLiteral("verse"), QStringLiteral("marin"),
            QStringLiteral("cedar")};
}

ProviderInfo openAiSpeechToTextInfo()
{
    const QList<SettingField> fields{
        settingField(
            QStringLiteral("model"), SettingType::String, QStringLiteral("whisper-1"), true,
            QT_TR_NOOP(
                "Transcription model: whisper-1, gpt-4o-transcribe, gpt-4o-mini-transcribe, or a compatible "
                "server's model.")),
        settingField(QStringLiteral("language"), SettingType::String, QString(), false,
                     QT_TR_NOOP("Language of the audio (\"en\"); empty lets the model detect it.")),
        settingField(QStringLiteral("prompt"), SettingType::String, QString(), false,
                     QT_TR_NOOP("Optional text to guide the style or vocabulary.")),
        settingField(
            QStringLiteral("response_format"), SettingType::Enum, QStringLiteral("json"), false,
            QT_TR_NOOP("json (every model) or verbose_json (whisper-1: adds language and segments)."),
            {QStringLiteral("json"), QStringLiteral("verbose_json")}),
        settingField(QStringLiteral("temperature"), SettingType::Double, QJsonValue(QJsonValue::Undefined),
                     false, QT_TR_NOOP("Sampling temperature 0–1; unset uses the server's default."), {}, 0.0,
                     1.0),
    };
    return openAiInfo(
        QStringLiteral("openai_stt"), ProviderCategory::Stt, fields,
        QT_TR_NOOP("OpenAI speech to text (POST {base_url}/audio/transcriptions), also any OpenAI-compatible "
                   "server. Long recordings are split at pauses. Health probe: GET /models (free)."));
}

ProviderInfo openAiTextToSpeechInfo()
{
    const QList<SettingField> fields{
        settingField(QStringLiteral("model"), SettingType::String, QStringLiteral("gpt-4o-mini-tts"), true,
                     QT_TR_NOOP("Speech model: tts-1, tts-1-hd or gpt-4o-mini-tts.")),
        settingField(QStringLiteral("voice"), SettingType::Enum, QStringLiteral("alloy"), true,
                     QT_TR_NOOP("Voice."), openAiVoiceIds()),
        settingField(
            QStringLiteral("format"), SettingType::Enum, QStringLiteral("wav"), false,
            QT_TR_NOOP(
                "Audio format: wav, pcm (raw 24 kHz, plays while it arrives), mp3, opus, flac or aac."),
            {QStringLiteral("wav"), QStringLiteral("pcm"), QStringLiteral("mp3"), QStringLiteral("opus"),
             QStringLiteral("flac"), QStringLiteral("aac")}),
        settingField(QStringLiteral("speed"), SettingType::Double, 1.0, false,
                     QT_TR_NOOP("Speaking speed 0.25–4.0."), {}, 0.25, 4.0),
        settingField(QStringLiteral("instructions"), SettingType::String, QString(), false,
                     QT_TR_NOOP("How to speak (tone, accent); not used by tts-1 and tts-1-hd.")),
    };
    return openAiInfo(
        QStringLiteral("openai_tts"), ProviderCategory::Tts, fields,
        QT_TR_NOOP("OpenAI text to speech (POST {base_url}/audio/speech), up to 4096 characters; pcm streams "
                   "while it is generated. Health probe: GET /models (free)."));
}

} // namespace vd

namespace vd {

namespace {

// GET /models: free, and it proves the key works.
Result<HttpCall> openAiProbeCall(const QJsonObject& settings, const Credential& credential)
{
    return openAiModelsCall(settings, credential);
}

Result<QString> openAiProbeAnswer(const HttpResponse& response, const QJsonObject& settings)
{
    return parseOpenAiModels(response, settings.value(QLatin1String("model")).toString());
}

} // namespace

QList<Voice> openAiVoices()
{
    QList<Voice> voices;
    for (const QString& id : openAiVoiceIds()) {
        QString display = id;
        display[0] = display[0].toUpper();
        // The voices are multilingual and OpenAI documents no gender for them.
        voices.append(Voice{id, display, {}, {}});
    }
    return voices;
}

CloudSpeechToTextRecipe openAiSpeechToTextRecipe()
{
    CloudSpeechToTextRecipe recipe;
    recipe.info = openAiSpeechToTextInfo;
    recipe.vendor = CloudVendor::OpenAi;
    recipe.log = lcOpenAi;
    recipe.probeCall = openAiProbeCall;
    recipe.probeAnswer = openAiProbeAnswer;
    recipe.recognizeParts = openAiTranscriptionParts;
    recipe.parseTranscript = parseOpenAiTranscription;
    return recipe;
}

CloudTextToSpeechRecipe openAiTextToSpeechRecipe()
{
    CloudTextToSpeechRecipe recipe;
    recipe.info = openAiTextToSpeechInfo;
    recipe.vendor = CloudVendor::OpenAi;
    recipe.log = lcOpenAi;
    recipe.probeCall = openAiProbeCall;
    recipe.probeAnswer = openAiProbeAnswer;
    recipe.audioFormat = openAiSpeechFormat;
    recipe.synthesizeCall = openAiSpeechCall;
    recipe.parseAudio = [](const HttpResponse& response, const QString& format, const QJsonObject&) {
        return parseOpenAiSpeech(response, format);
    };
    // pcm is raw 24 kHz audio: it plays while it arrives.
    recipe.streamPcmRate = [](const QString& format, const QJsonObject&) {
        return format == QLatin1String("pcm") ? kOpenAiPcmSampleRate : 0;
    };
    recipe.documentedVoices = openAiVoices;
    recipe.textLimit = {kOpenAiMaxInputCharacters, TextLimit::Unit::Characters};
    return recipe;
}

} // namespace vd
