#include "core/providers/openai/openairequests.h"

#include "core/audio/audioconvert.h"
#include "core/audio/audioencoder.h"
#include "core/audio/pausesplitter.h"
#include "core/model/jsonbody.h"
#include "core/model/speechtext.h"
#include "core/model/translate.h"
#include "core/network/cloudcontext.h"
#include "core/providers/openai/openaidefinitions.h"

#include <QCoreApplication>

namespace vd {

namespace {

QString setting(const QJsonObject& settings, const char* name)
{
    return settings.value(QLatin1String(name)).toString().trimmed();
}

QByteArray formText(const QString& text)
{
    return text.toUtf8();
}

} // namespace

HttpHeaders openAiAuthHeaders(const QJsonObject& settings, const Credential& credential)
{
    HttpHeaders headers{{"Authorization", "Bearer " + credential.secret.toUtf8()}};
    if (const QString organization = setting(settings, "organization"); !organization.isEmpty())
        headers.emplace_back("OpenAI-Organization", organization.toUtf8());
    if (const QString project = setting(settings, "project"); !project.isEmpty())
        headers.emplace_back("OpenAI-Project", project.toUtf8());
    return headers;
}

QString isoLanguage(const QString& language)
{
    return language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower().trimmed();
}

QList<FormPart> openAiTranscriptionForm(const QJsonObject& settings, const QByteArray& wav,
                                        const QString& language)
{
    QList<FormPart> form{{"file", QStringLiteral("audio.wav"), "audio/wav", wav},
                         {"model", {}, {}, formText(setting(settings, "model"))}};
    const QString iso = isoLanguage(language.isEmpty() ? setting(settings, "language") : language);
    if (!iso.isEmpty())
        form.append({"language", {}, {}, formText(iso)});
    if (const QString prompt = setting(settings, "prompt"); !prompt.isEmpty())
        form.append({"prompt", {}, {}, formText(prompt)});
    QString responseFormat = setting(settings, "response_format");
    if (responseFormat.isEmpty())
        responseFormat = QStringLiteral("json");
    form.append({"response_format", {}, {}, formText(responseFormat)});
    if (const QJsonValue temperature = settings.value(QLatin1String("temperature")); temperature.isDouble())
        form.append({"temperature", {}, {}, QByteArray::number(temperature.toDouble())});
    return form;
}

Result<HttpCall> openAiTranscriptionCall(const QJsonObject& settings, const Credential& credential,
                                         const QByteArray& wav, const QString& language)
{
    HttpCall call;
    call.method = "POST";
    call.url = endpointUrl(setting(settings, "base_url"), QStringLiteral("/audio/transcriptions"));
    call.headers = openAiAuthHeaders(settings, credential);
    call.headers.emplace_back("Accept", "application/json");
    FormData form = encodeFormData(openAiTranscriptionForm(settings, wav, language));
    call.headers.emplace_back("Content-Type", form.contentType);
    call.body = std::move(form.body);
    call.maxResponseBytes = kJsonResponseCap;
    if (call.body.size() > kOpenAiMaxRequestBytes)
        return ProviderError::make(
            ErrorKind::TooLarge,
            tr("The audio part is %1 MiB, over OpenAI's 25 MiB request limit; send a shorter recording.")
                .arg(double(call.body.size()) / (1024 * 1024), 0, 'f', 1));
    return call;
}

PreparedParts openAiTranscriptionParts(const QJsonObject& settings, const Credential& credential,
                                       const TranscriptionRequest& request)
{
    PreparedParts prepared;
    if (request.audio.isEmpty()) {
        prepared.error = ProviderError::make(ErrorKind::BadRequest,
                                             tr("The recording is empty: there is nothing to transcribe."));
        return prepared;
    }
    const AudioClip speech = toSpeechFormat(request.audio, 16000);
    QList<AudioPart> parts;
    if (speech.durationSeconds() > kOpenAiMaxPartSeconds)
        parts = splitAtPauses(speech, kOpenAiMaxPartSeconds);
    else
        parts.append(AudioPart{speech, 0.0});
    for (const AudioPart& part : std::as_const(parts)) {
        Result<EncodedAudio> wav = encodeAudio(part.clip, QStringLiteral("wav"));
        if (!wav) {
            prepared.error = wav.error();
            prepared.parts.clear();
            return prepared;
        }
        Result<HttpCall> call = openAiTranscriptionCall(settings, credential, wav->data, request.language);
        if (!call) {
            prepared.error = call.error();
            prepared.parts.clear();
            return prepared;
        }
        prepared.parts.append(PreparedPart{*call, part.startSeconds});
    }
    return prepared;
}

Result<QString> openAiSpeechFormat(const QJsonObject& settings, const QString& requested)
{
    const QString format = requested.isEmpty() ? setting(settings, "format") : requested.toLower();
    if (format.isEmpty() || format == QLatin1String("wav"))
        return QStringLiteral("wav");
    if (format == QLatin1String("ogg") || format == QLatin1String("opus"))
        return QStringLiteral("opus");
    static const QStringList direct{QStringLiteral("pcm"), QStringLiteral("mp3"), QStringLiteral("flac"),
                                    QStringLiteral("aac")};
    if (direct.contains(format))
        return format;
    return ProviderError::make(
        ErrorKind::Unsupported,
        tr("OpenAI cannot produce \"%1\" audio; use wav, pcm, mp3, ogg, flac or aac.").arg(format));
}

Result<HttpCall> openAiSpeechCall(const QJsonObject& settings, const Credential& credential,
                                  const SynthesisRequest& request)
{
    const QString text = request.text;
    if (const QString problem = speechTextProblem(text); !problem.isEmpty())
        return ProviderError::make(ErrorKind::BadRequest, problem);
    const int length = TextLimit{kOpenAiMaxInputCharacters, TextLimit::Unit::Characters}.measure(text);
    if (length > kOpenAiMaxInputCharacters)
        return ProviderError::make(
            ErrorKind::TooLarge,
            tr("The text has %1 characters, over OpenAI's limit of 4096 characters; shorten it.")
                .arg(length));
    const double speed =
        request.speed != 1.0 ? request.speed : settings.value(QLatin1String("speed")).toDouble(1.0);
    if (!(speed >= 0.25 && speed <= 4.0)) // NaN too
        return ProviderError::make(ErrorKind::BadRequest,
                                   tr("Speed %1 is outside OpenAI's range 0.25–4.0.").arg(speed));
    Result<QString> format = openAiSpeechFormat(settings, request.format);
    if (!format)
        return format.error();

    const QString model = setting(settings, "model");
    JsonBody body;
    body.add("model", model)
        .add("input", text)
        .add("voice", request.voice.isEmpty() ? setting(settings, "voice") : request.voice)
        .add("response_format", *format);
    if (speed != 1.0)
        body.add("speed", speed);
    const QString instructions = setting(settings, "instructions");
    if (!instructions.isEmpty() && !model.startsWith(QLatin1String("tts-1")))
        body.add("instructions", instructions);

    HttpCall call;
    call.method = "POST";
    call.url = endpointUrl(setting(settings, "base_url"), QStringLiteral("/audio/speech"));
    call.headers = openAiAuthHeaders(settings, credential);
    call.headers.emplace_back("Content-Type", "application/json");
    call.headers.emplace_back("Accept", "application/octet-stream");
    call.body = body.bytes();
    call.maxResponseBytes = kAudioResponseCap;
    return call;
}

HttpCall openAiModelsCall(const QJsonObject& settings, const Credential& credential)
{
    HttpCall call;
    call.url = endpointUrl(setting(settings, "base_url"), QStringLiteral("/models"));
    call.headers = openAiAuthHeaders(settings, credential);
    call.headers.emplace_back("Accept", "application/json");
    return call;
}

} // namespace vd
