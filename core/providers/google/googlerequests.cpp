#include "core/providers/google/googlerequests.h"

#include "core/audio/audioconvert.h"
#include "core/audio/pausesplitter.h"
#include "core/model/speechtext.h"
#include "core/model/translate.h"
#include "core/network/cloudcontext.h"
#include "core/network/cloudsettings.h"
#include "core/providers/google/googledefinitions.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vd {

namespace {

QString setting(const QJsonObject& settings, const char* name)
{
    return settings.value(QLatin1String(name)).toString().trimmed();
}

HttpCall googleCall(const QJsonObject& settings, const Credential& credential, const QString& path)
{
    HttpCall call;
    call.url = endpointUrl(setting(settings, "base_url"), path);
    call.headers.emplace_back("x-goog-api-key", credential.secret.toUtf8());
    return call;
}

} // namespace

Result<HttpCall> googleRecognizeCall(const QJsonObject& settings, const Credential& credential,
                                     const QByteArray& pcm, const QString& language)
{
    QJsonObject config{{QStringLiteral("encoding"), QStringLiteral("LINEAR16")},
                       {QStringLiteral("sampleRateHertz"), kGoogleSttSampleRate},
                       {QStringLiteral("languageCode"),
                        regionalLanguage(language.isEmpty() ? setting(settings, "language") : language)}};
    if (const QString model = setting(settings, "model"); !model.isEmpty())
        config.insert(QStringLiteral("model"), model);
    if (settings.value(QLatin1String("automatic_punctuation")).toBool(true))
        config.insert(QStringLiteral("enableAutomaticPunctuation"), true);
    const QJsonObject body{{QStringLiteral("config"), config},
                           {QStringLiteral("audio"),
                            QJsonObject{{QStringLiteral("content"), QString::fromLatin1(pcm.toBase64())}}}};

    HttpCall call = googleCall(settings, credential, QStringLiteral("/v1/speech:recognize"));
    call.method = "POST";
    call.headers.emplace_back("Content-Type", "application/json");
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (call.body.size() > kGoogleMaxRecognizeBytes)
        return ProviderError::make(
            ErrorKind::TooLarge, tr("The request is %1 bytes, over Google's 10 MB (10485760 bytes) limit for "
                                    "synchronous recognition; send a shorter recording.")
                                     .arg(call.body.size()));
    return call;
}

PreparedParts googleRecognizeParts(const QJsonObject& settings, const Credential& credential,
                                   const TranscriptionRequest& request)
{
    PreparedParts prepared;
    if (request.audio.isEmpty()) {
        prepared.error = ProviderError::make(ErrorKind::BadRequest,
                                             tr("The recording is empty: there is nothing to transcribe."));
        return prepared;
    }
    const AudioClip speech = toSpeechFormat(request.audio, kGoogleSttSampleRate);
    QList<AudioPart> parts;
    if (speech.durationSeconds() > kGoogleMaxPartSeconds)
        parts = splitAtPauses(speech, kGoogleMaxPartSeconds);
    else
        parts.append(AudioPart{speech, 0.0});
    for (const AudioPart& part : std::as_const(parts)) {
        Result<HttpCall> call =
            googleRecognizeCall(settings, credential, toPcm16(part.clip), request.language);
        if (!call) {
            prepared.error = call.error();
            prepared.parts.clear();
            return prepared;
        }
        prepared.parts.append(PreparedPart{*call, part.startSeconds});
    }
    return prepared;
}

Result<QString> googleAudioEncoding(const QJsonObject& settings, const QString& requested)
{
    const QString format = requested.toLower();
    if (format.isEmpty()) {
        const QString encoding = setting(settings, "audio_encoding");
        return encoding.isEmpty() ? QStringLiteral("LINEAR16") : encoding;
    }
    if (format == QLatin1String("wav") || format == QLatin1String("pcm"))
        return QStringLiteral("LINEAR16");
    if (format == QLatin1String("mp3"))
        return QStringLiteral("MP3");
    if (format == QLatin1String("ogg") || format == QLatin1String("opus"))
        return QStringLiteral("OGG_OPUS");
    return ProviderError::make(
        ErrorKind::Unsupported,
        tr("Google Text-to-Speech cannot produce \"%1\" audio; use wav, mp3 or ogg.").arg(format));
}

Result<HttpCall> googleSynthesizeCall(const QJsonObject& settings, const Credential& credential,
                                      const SynthesisRequest& request)
{
    if (const QString problem = speechTextProblem(request.text); !problem.isEmpty())
        return ProviderError::make(ErrorKind::BadRequest, problem);
    const int bytes = int(request.text.toUtf8().size());
    if (bytes > kGoogleMaxInputBytes)
        return ProviderError::make(
            ErrorKind::TooLarge,
            tr("The text is %1 bytes in UTF-8, over Google's limit of 5000 bytes; shorten it.").arg(bytes));
    const double speed =
        request.speed != 1.0 ? request.speed : settings.value(QLatin1String("speed")).toDouble(1.0);
    if (!(speed >= 0.25 && speed <= 4.0)) // NaN too
        return ProviderError::make(ErrorKind::BadRequest,
                                   tr("Speed %1 is outside Google's range 0.25–4.0.").arg(speed));
    Result<QString> encoding = googleAudioEncoding(settings, request.format);
    if (!encoding)
        return encoding.error();

    const QString voiceName = request.voice.isEmpty() ? setting(settings, "voice") : request.voice;
    QString language = request.language;
    // A voice name starts with its language ("de-DE-Neural2-A"); a different languageCode is an error.
    if (language.isEmpty() && !request.voice.isEmpty() && request.voice.count(QLatin1Char('-')) >= 2)
        language = request.voice.section(QLatin1Char('-'), 0, 1);
    if (language.isEmpty())
        language = setting(settings, "language");
    QJsonObject voice{{QStringLiteral("languageCode"), regionalLanguage(language)}};
    if (!voiceName.isEmpty())
        voice.insert(QStringLiteral("name"), voiceName);
    QJsonObject audioConfig{{QStringLiteral("audioEncoding"), *encoding}};
    if (speed != 1.0)
        audioConfig.insert(QStringLiteral("speakingRate"), speed);
    if (const double pitch = settings.value(QLatin1String("pitch")).toDouble(); pitch != 0.0)
        audioConfig.insert(QStringLiteral("pitch"), pitch);
    if (const int rate = settings.value(QLatin1String("sample_rate_hertz")).toInt(); rate > 0)
        audioConfig.insert(QStringLiteral("sampleRateHertz"), rate);
    const QJsonObject body{{QStringLiteral("input"), QJsonObject{{QStringLiteral("text"), request.text}}},
                           {QStringLiteral("voice"), voice},
                           {QStringLiteral("audioConfig"), audioConfig}};

    HttpCall call = googleCall(settings, credential, QStringLiteral("/v1/text:synthesize"));
    call.method = "POST";
    call.headers.emplace_back("Content-Type", "application/json");
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Base64 in JSON: a third larger than the audio itself.
    call.maxResponseBytes = kAudioResponseCap;
    return call;
}

HttpCall googleVoicesCall(const QJsonObject& settings, const Credential& credential)
{
    HttpCall call = googleCall(settings, credential, QStringLiteral("/v1/voices"));
    call.maxResponseBytes = kJsonResponseCap;
    return call;
}

} // namespace vd
