#include "core/providers/yandex/yandexrequests.h"

#include "core/audio/audioconvert.h"
#include "core/audio/pausesplitter.h"
#include "core/model/speechtext.h"
#include "core/model/translate.h"
#include "core/network/cloudcontext.h"
#include "core/network/cloudsettings.h"
#include "core/providers/yandex/yandexdefinitions.h"

#include <QCoreApplication>

namespace vd {

namespace {

QString setting(const QJsonObject& settings, const char* name)
{
    return settings.value(QLatin1String(name)).toString().trimmed();
}

// application/x-www-form-urlencoded with every reserved character (and '+') percent-encoded.
QByteArray formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

bool yandexUsesIamToken(const QJsonObject& settings, const Credential& credential)
{
    if (credential.source == CredentialSource::Environment) {
        if (credential.location == QLatin1String("YANDEX_IAM_TOKEN"))
            return true;
        if (credential.location == QLatin1String("YANDEX_API_KEY"))
            return false;
    }
    return setting(settings, "auth_mode") == QLatin1String("iam_token");
}

HttpHeaders yandexAuthHeaders(const QJsonObject& settings, const Credential& credential)
{
    const QByteArray scheme = yandexUsesIamToken(settings, credential) ? "Bearer " : "Api-Key ";
    return {{"Authorization", scheme + credential.secret.toUtf8()}};
}

QString yandexFolderId(const QJsonObject& settings, const Credential& credential)
{
    // A service-account API key must not be sent with a folderId.
    if (!yandexUsesIamToken(settings, credential))
        return {};
    const QString folder = setting(settings, "folder_id");
    return folder.isEmpty() ? qEnvironmentVariable("YANDEX_FOLDER_ID").trimmed() : folder;
}

Result<HttpCall> yandexRecognizeCall(const QJsonObject& settings, const Credential& credential,
                                     const QByteArray& pcm, const QString& language)
{
    const double seconds = double(pcm.size()) / (kYandexSttSampleRate * 2);
    if (seconds > kYandexMaxRecognizeSeconds)
        return ProviderError::make(
            ErrorKind::TooLarge,
            tr("The audio part lasts %1 s, over Yandex's 30 s limit; send a shorter recording.")
                .arg(seconds, 0, 'f', 1));
    if (pcm.size() > kYandexMaxRecognizeBytes)
        return ProviderError::make(
            ErrorKind::TooLarge,
            tr("The audio part is %1 bytes, over Yandex's 1 MB limit; send a shorter recording.")
                .arg(pcm.size()));
    // Encoded like a form: the vendor decodes '+' in the query as a space, and QUrlQuery would send
    // a '+' of the language ("en-US+x") as is.
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("lang"),
         regionalLanguage(language.isEmpty() ? setting(settings, "language") : language)}};
    if (const QString topic = setting(settings, "topic"); !topic.isEmpty())
        fields.append({QStringLiteral("topic"), topic});
    if (settings.value(QLatin1String("profanity_filter")).toBool())
        fields.append({QStringLiteral("profanityFilter"), QStringLiteral("true")});
    fields.append({QStringLiteral("format"), QStringLiteral("lpcm")});
    fields.append({QStringLiteral("sampleRateHertz"), QString::number(kYandexSttSampleRate)});
    if (const QString folder = yandexFolderId(settings, credential); !folder.isEmpty())
        fields.append({QStringLiteral("folderId"), folder});

    HttpCall call;
    call.method = "POST";
    call.url = endpointUrl(setting(settings, "base_url"), QStringLiteral("/speech/v1/stt:recognize"));
    call.url.setQuery(QString::fromLatin1(formEncode(fields)));
    call.headers = yandexAuthHeaders(settings, credential);
    call.headers.emplace_back("Content-Type", "application/octet-stream");
    call.body = pcm;
    return call;
}

PreparedParts yandexRecognizeParts(const QJsonObject& settings, const Credential& credential,
                                   const TranscriptionRequest& request)
{
    PreparedParts prepared;
    if (request.audio.isEmpty()) {
        prepared.error = ProviderError::make(ErrorKind::BadRequest,
                                             tr("The recording is empty: there is nothing to transcribe."));
        return prepared;
    }
    const AudioClip speech = toSpeechFormat(request.audio, kYandexSttSampleRate);
    QList<AudioPart> parts;
    if (speech.durationSeconds() > kYandexMaxPartSeconds)
        parts = splitAtPauses(speech, kYandexMaxPartSeconds);
    else
        parts.append(AudioPart{speech, 0.0});
    for (const AudioPart& part : std::as_const(parts)) {
        Result<HttpCall> call =
            yandexRecognizeCall(settings, credential, toPcm16(part.clip), request.language);
        if (!call) {
            prepared.error = call.error();
            prepared.parts.clear();
            return prepared;
        }
        prepared.parts.append(PreparedPart{*call, part.startSeconds});
    }
    return prepared;
}

Result<QString> yandexSpeechFormat(const QJsonObject& settings, const QString& requested)
{
    const QString format = requested.toLower();
    if (format.isEmpty()) {
        const QString configured = setting(settings, "format");
        return configured.isEmpty() ? QStringLiteral("lpcm") : configured;
    }
    // Yandex has no WAV: raw lpcm is returned as "pcm", which every consumer can wrap or play.
    if (format == QLatin1String("pcm") || format == QLatin1String("wav"))
        return QStringLiteral("lpcm");
    if (format == QLatin1String("ogg") || format == QLatin1String("opus"))
        return QStringLiteral("oggopus");
    if (format == QLatin1String("mp3"))
        return QStringLiteral("mp3");
    return ProviderError::make(
        ErrorKind::Unsupported,
        tr("Yandex SpeechKit cannot produce \"%1\" audio; use pcm, ogg or mp3.").arg(format));
}

Result<HttpCall> yandexSynthesizeCall(const QJsonObject& settings, const Credential& credential,
                                      const SynthesisRequest& request)
{
    if (const QString problem = speechTextProblem(request.text); !problem.isEmpty())
        return ProviderError::make(ErrorKind::BadRequest, problem);
    const int length =
        TextLimit{kYandexMaxInputCharacters, TextLimit::Unit::Characters}.measure(request.text);
    if (length > kYandexMaxInputCharacters)
        return ProviderError::make(
            ErrorKind::TooLarge,
            tr("The text has %1 characters, over Yandex's limit of 5000 characters; shorten it.")
                .arg(length));
    const double speed =
        request.speed != 1.0 ? request.speed : settings.value(QLatin1String("speed")).toDouble(1.0);
    if (!(speed >= 0.1 && speed <= 3.0)) // NaN too
        return ProviderError::make(ErrorKind::BadRequest,
                                   tr("Speed %1 is outside Yandex's range 0.1–3.0.").arg(speed));
    Result<QString> format = yandexSpeechFormat(settings, request.format);
    if (!format)
        return format.error();

    QList<QPair<QString, QString>> fields{
        {QStringLiteral("text"), request.text},
        {QStringLiteral("lang"),
         regionalLanguage(request.language.isEmpty() ? setting(settings, "language") : request.language)},
        {QStringLiteral("voice"), request.voice.isEmpty() ? setting(settings, "voice") : request.voice},
    };
    if (const QString emotion = setting(settings, "emotion"); !emotion.isEmpty())
        fields.append({QStringLiteral("emotion"), emotion});
    if (speed != 1.0)
        fields.append({QStringLiteral("speed"), QString::number(speed)});
    fields.append({QStringLiteral("format"), *format});
    if (*format == QLatin1String("lpcm")) {
        const int rate = settings.value(QLatin1String("sample_rate_hertz")).toInt(48000);
        if (rate != 48000 && rate != 16000 && rate != 8000)
            return ProviderError::make(
                ErrorKind::BadRequest,
                tr("sample_rate_hertz %1 is not one Yandex offers; use 48000, 16000 or 8000.").arg(rate));
        fields.append({QStringLiteral("sampleRateHertz"), QString::number(rate)});
    }
    if (const QString folder = yandexFolderId(settings, credential); !folder.isEmpty())
        fields.append({QStringLiteral("folderId"), folder});

    HttpCall call;
    call.method = "POST";
    call.url = endpointUrl(setting(settings, "base_url"), QStringLiteral("/speech/v1/tts:synthesize"));
    call.headers = yandexAuthHeaders(settings, credential);
    call.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    call.body = formEncode(fields);
    call.maxResponseBytes = kAudioResponseCap;
    return call;
}

} // namespace vd
