#include "core/providers/google/googledefinitions.h"

#include "core/corelog.h"
#include "core/network/cloudsettings.h"
#include "core/providers/google/googlerequests.h"
#include "core/providers/google/googleresponses.h"

#include <QCoreApplication>

namespace vd {

namespace {

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
                     QT_TR_NOOP("BCP-47 language of the audio (\"en-US\", \"ru-RU\").")),
        settingField(
            QStringLiteral("model"), SettingType::String, QString(), false,
            QT_TR_NOOP("Recognition model (latest_long, latest_short, command_and_search, phone_call, video, "
                       "default); empty lets Google choose.")),
        settingField(QStringLiteral("automatic_punctuation"), SettingType::Bool, true, false,
                     QT_TR_NOOP("Ask Google to add punctuation.")),
        transferTimeoutField(),
    };
    return googleInfo(
        QStringLiteral("google_stt"), ProviderCategory::Stt, fields,
        QT_TR_NOOP(
            "Google Cloud Speech-to-Text v1 (POST {base_url}/v1/speech:recognize), LINEAR16 16 kHz; "
            "recordings over 55 s are split at pauses. Google has no free call: the health probe sends "
            "0.1 s of silence, a billable request."));
}

ProviderInfo googleTextToSpeechInfo()
{
    const QList<SettingField> fields{
        baseUrlField(QStringLiteral("https://texttospeech.googleapis.com")),
        settingField(QStringLiteral("language"), SettingType::String, QStringLiteral("en-US"), true,
                     QT_TR_NOOP("BCP-47 language of the voice (\"en-US\").")),
        settingField(
            QStringLiteral("voice"), SettingType::String, QString(), false,
            QT_TR_NOOP("Voice name (\"en-US-Neural2-C\"); empty lets Google pick one for the language.")),
        settingField(QStringLiteral("audio_encoding"), SettingType::Enum, QStringLiteral("LINEAR16"), false,
                     QT_TR_NOOP("LINEAR16 (WAV), MP3 or OGG_OPUS."),
                     {QStringLiteral("LINEAR16"), QStringLiteral("MP3"), QStringLiteral("OGG_OPUS")}),
        settingField(QStringLiteral("speed"), SettingType::Double, 1.0, false,
                     QT_TR_NOOP("Speaking rate 0.25–4.0."), {}, 0.25, 4.0),
        settingField(QStringLiteral("pitch"), SettingType::Double, 0.0, false,
                     QT_TR_NOOP("Pitch in semitones, −20 to 20."), {}, -20.0, 20.0),
        settingField(QStringLiteral("sample_rate_hertz"), SettingType::Int, 0, false,
                     QT_TR_NOOP("Output sample rate; 0 uses the voice's natural rate."), {}, 0.0, 48000.0),
        transferTimeoutField(),
    };
    return googleInfo(
        QStringLiteral("google_tts"), ProviderCategory::Tts, fields,
        QT_TR_NOOP("Google Cloud Text-to-Speech v1 (POST {base_url}/v1/text:synthesize), up to 5000 bytes of "
                   "UTF-8 text. Health probe and voices: GET /v1/voices (free)."));
}

} // namespace vd

namespace vd {

CloudSpeechToTextRecipe googleSpeechToTextRecipe()
{
    CloudSpeechToTextRecipe recipe;
    recipe.info = googleSpeechToTextInfo;
    recipe.vendor = CloudVendor::Google;
    recipe.log = lcGoogle;
    // Google has no free call.
    recipe.probeCall = [](const QJsonObject& settings, const Credential& credential) {
        return googleRecognizeCall(settings, credential, probeSilence(kGoogleSttSampleRate), QString());
    };
    recipe.probeAnswer = [](const HttpResponse& response, const QJsonObject&) {
        return silenceProbeVerdict(parseGoogleRecognize(response, QString()));
    };
    recipe.recognizeParts = googleRecognizeParts;
    recipe.parseTranscript = parseGoogleRecognize;
    return recipe;
}

CloudTextToSpeechRecipe googleTextToSpeechRecipe()
{
    CloudTextToSpeechRecipe recipe;
    recipe.info = googleTextToSpeechInfo;
    recipe.vendor = CloudVendor::Google;
    recipe.log = lcGoogle;
    // The voice list is free.
    recipe.probeCall = [](const QJsonObject& settings, const Credential& credential) -> Result<HttpCall> {
        return googleVoicesCall(settings, credential);
    };
    recipe.probeAnswer = [](const HttpResponse& response, const QJsonObject&) -> Result<QString> {
        Result<QList<Voice>> voices = parseGoogleVoices(response);
        if (!voices)
            return voices.error();
        return QCoreApplication::translate("vd::GoogleTextToSpeech", "%n voice(s) listed", nullptr,
                                           int(voices->size()));
    };
    recipe.audioFormat = googleAudioEncoding;
    recipe.synthesizeCall = googleSynthesizeCall;
    recipe.parseAudio = [](const HttpResponse& response, const QString& encoding, const QJsonObject&) {
        return parseGoogleSynthesize(response, encoding);
    };
    recipe.streamPcmRate = [](const QString&, const QJsonObject&) { return 0; };
    recipe.voicesCall = googleVoicesCall;
    recipe.parseVoices = parseGoogleVoices;
    recipe.textLimit = {kGoogleMaxInputBytes, TextLimit::Unit::Utf8Bytes};
    return recipe;
}

} // namespace vd
