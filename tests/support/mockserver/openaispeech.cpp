#include "tests/support/mockserver/openaispeech.h"

#include "tests/support/mockserver/vendorauth.h"
#include "tests/support/mockserver/vendorerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vd::test {

namespace {

const QStringList kModels{QStringLiteral("tts-1"), QStringLiteral("tts-1-hd"), QStringLiteral("gpt-4o-mini-tts"),
                          QStringLiteral("gpt-4o-mini-tts-2025-12-15")};
const QStringList kVoices{QStringLiteral("alloy"), QStringLiteral("ash"),     QStringLiteral("ballad"),
                          QStringLiteral("coral"), QStringLiteral("echo"),    QStringLiteral("fable"),
                          QStringLiteral("onyx"),  QStringLiteral("nova"),    QStringLiteral("sage"),
                          QStringLiteral("shimmer"), QStringLiteral("verse"), QStringLiteral("marin"),
                          QStringLiteral("cedar")};
const QStringList kFields{QStringLiteral("model"),  QStringLiteral("input"), QStringLiteral("instructions"),
                          QStringLiteral("voice"),  QStringLiteral("response_format"), QStringLiteral("speed"),
                          QStringLiteral("stream_format")};

HttpResponse reject(Exchange& exchange, const QString& message, const QString& param = {}, const QString& code = {})
{
    exchange.violate(message);
    return VendorErrors::openAi(400, message, {}, code, param);
}

// Returns an error message for the first rule the request breaks, or an empty string.
QString checkVoice(const QJsonValue& voice)
{
    if (voice.isString())
        return kVoices.contains(voice.toString())
                   ? QString()
                   : QStringLiteral("Invalid value for 'voice': '%1' is not one of %2.").arg(voice.toString(), kVoices.join(QStringLiteral(", ")));
    if (voice.isObject()) {
        const QJsonObject custom = voice.toObject();
        if (!checks::unknownKey(custom, {QStringLiteral("id")}).isEmpty() || !custom.value(QLatin1String("id")).isString())
            return QStringLiteral("Invalid value for 'voice': a custom voice is {\"id\": \"voice_...\"} only.");
        return {};
    }
    return QStringLiteral("Invalid type for 'voice': expected a string or a custom voice object.");
}

struct SpeechFormat
{
    AudioGenerator::Format format;
    QByteArray contentType;
};

SpeechFormat speechFormat(const QString& name)
{
    if (name == QLatin1String("opus"))
        return {AudioGenerator::Format::OggOpus, "audio/opus"};
    if (name == QLatin1String("aac")) // no AAC encoder here: MP3 frames labelled as AAC (documented)
        return {AudioGenerator::Format::Mp3, "audio/aac"};
    if (name == QLatin1String("flac"))
        return {AudioGenerator::Format::Flac, "audio/flac"};
    if (name == QLatin1String("wav"))
        return {AudioGenerator::Format::Wav, "audio/wav"};
    if (name == QLatin1String("pcm"))
        return {AudioGenerator::Format::Pcm16, "audio/pcm"};
    return {AudioGenerator::Format::Mp3, "audio/mpeg"};
}

QString checkFields(const QJsonObject& request)
{
    const QString extra = checks::unknownKey(request, kFields);
    if (!extra.isEmpty())
        return QStringLiteral("Unrecognized request argument supplied: %1").arg(extra);
    for (const char* name : {"model", "input"}) {
        if (!request.contains(QLatin1String(name)))
            return QStringLiteral("Missing required parameter: '%1'.").arg(QLatin1String(name));
        if (!request.value(QLatin1String(name)).isString())
            return QStringLiteral("Invalid type for '%1': expected a string.").arg(QLatin1String(name));
    }
    if (!request.contains(QLatin1String("voice")))
        return QStringLiteral("Missing required parameter: 'voice'.");
    const QString input = request.value(QLatin1String("input")).toString();
    if (input.isEmpty())
        return QStringLiteral("Invalid 'input': empty string. Expected a string with minimum length 1.");
    if (checks::codePoints(input) > 4096)
        return QStringLiteral("Invalid 'input': string too long. Expected a string with maximum length 4096, but got a string with length %1 instead.").arg(checks::codePoints(input));
    const QString voiceError = checkVoice(request.value(QLatin1String("voice")));
    if (!voiceError.isEmpty())
        return voiceError;
    const QString model = request.value(QLatin1String("model")).toString();
    if (request.contains(QLatin1String("instructions"))) {
        const QJsonValue instructions = request.value(QLatin1String("instructions"));
        if (!instructions.isString() || checks::codePoints(instructions.toString()) > 4096)
            return QStringLiteral("Invalid 'instructions': expected a string of at most 4096 characters.");
        if (model.startsWith(QLatin1String("tts-1")))
            return QStringLiteral("'instructions' is not supported with model '%1'.").arg(model);
    }
    if (request.contains(QLatin1String("response_format"))) {
        const QString format = request.value(QLatin1String("response_format")).toString();
        static const QStringList formats{QStringLiteral("mp3"), QStringLiteral("opus"), QStringLiteral("aac"),
                                         QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("pcm")};
        if (!formats.contains(format))
            return QStringLiteral("Invalid value for 'response_format': expected one of mp3, opus, aac, flac, wav, pcm.");
    }
    if (request.contains(QLatin1String("speed"))) {
        const QJsonValue speed = request.value(QLatin1String("speed"));
        if (!speed.isDouble() || speed.toDouble() < 0.25 || speed.toDouble() > 4.0)
            return QStringLiteral("Invalid 'speed': expected a number between 0.25 and 4.0.");
    }
    if (request.contains(QLatin1String("stream_format"))) {
        const QString stream = request.value(QLatin1String("stream_format")).toString();
        if (stream != QLatin1String("sse") && stream != QLatin1String("audio"))
            return QStringLiteral("Invalid value for 'stream_format': expected 'sse' or 'audio'.");
        if (stream == QLatin1String("sse") && model.startsWith(QLatin1String("tts-1")))
            return QStringLiteral("stream_format 'sse' is not supported with model '%1'.").arg(model);
    }
    return {};
}

// The "sse" stream format: base64 audio deltas, then a done event.
HttpResponse sseResponse(const QByteArray& audio, const QString& input)
{
    QByteArray body;
    for (qsizetype offset = 0; offset < audio.size(); offset += 8192) {
        const QJsonObject delta{{QStringLiteral("type"), QStringLiteral("speech.audio.delta")},
                                {QStringLiteral("audio"), QString::fromLatin1(audio.mid(offset, 8192).toBase64())}};
        body += "data: " + QJsonDocument(delta).toJson(QJsonDocument::Compact) + "\n\n";
    }
    const qsizetype tokens = std::max<qsizetype>(1, input.size() / 4);
    const QJsonObject usage{{QStringLiteral("input_tokens"), tokens}, {QStringLiteral("output_tokens"), audio.size() / 100},
                            {QStringLiteral("total_tokens"), tokens + audio.size() / 100}};
    const QJsonObject done{{QStringLiteral("type"), QStringLiteral("speech.audio.done")}, {QStringLiteral("usage"), usage}};
    body += "data: " + QJsonDocument(done).toJson(QJsonDocument::Compact) + "\n\n";
    HttpResponse response = HttpResponse::bytes(200, body, "text/event-stream");
    response.chunked = true;
    return response;
}

} // namespace

HttpResponse handleOpenAiSpeech(Exchange& exchange)
{
    if (auto denied = VendorAuth::checkOpenAi(exchange))
        return *denied;
    if (exchange.http.mediaType() != "application/json")
        return reject(exchange, QStringLiteral("Invalid Content-Type header (%1), expected application/json.")
                                    .arg(QString::fromLatin1(exchange.http.header("content-type"))));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.http.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return reject(exchange, QStringLiteral("We could not parse the JSON body of your request. (HINT: This likely means "
                                               "you aren't using your HTTP library correctly. The OpenAI API expects a "
                                               "JSON payload, but what was sent was not valid JSON.)"));
    const QJsonObject request = document.object();
    exchange.record.json = request;
    const QString error = checkFields(request);
    if (!error.isEmpty())
        return reject(exchange, error);
    const QString model = request.value(QLatin1String("model")).toString();
    if (!kModels.contains(model))
        return VendorErrors::openAi(404, QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                                    {}, QStringLiteral("model_not_found"));

    const QString input = request.value(QLatin1String("input")).toString();
    const SpeechFormat format = speechFormat(request.value(QLatin1String("response_format")).toString());
    const double speed = request.value(QLatin1String("speed")).toDouble(1.0);
    QByteArray audio = exchange.settings.audio;
    if (audio.isEmpty())
        audio = exchange.audio.audio(format.format, 24000, AudioGenerator::secondsForText(input) / speed);
    if (request.value(QLatin1String("stream_format")).toString() == QLatin1String("sse"))
        return sseResponse(audio, input);
    const QByteArray type = exchange.settings.audio.isEmpty() || exchange.settings.audioContentType.isEmpty()
                                ? format.contentType
                                : exchange.settings.audioContentType;
    HttpResponse response = HttpResponse::bytes(200, audio, type);
    response.chunked = true;
    return response;
}

HttpResponse handleOpenAiModels(Exchange& exchange)
{
    if (auto denied = VendorAuth::checkOpenAi(exchange))
        return *denied;
    if (!exchange.http.body.isEmpty())
        return reject(exchange, QStringLiteral("GET /models must not carry a body"));
    QJsonArray data;
    for (const char* id : {"whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe", "tts-1", "tts-1-hd",
                           "gpt-4o-mini-tts", "gpt-4o-mini"}) {
        data.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), 1698785189},
                                {QStringLiteral("owned_by"), QStringLiteral("system")}});
    }
    return HttpResponse::json(200, {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

} // namespace vd::test
