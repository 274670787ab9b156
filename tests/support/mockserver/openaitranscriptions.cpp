#include "tests/support/mockserver/openaitranscriptions.h"

#include "tests/support/mockserver/audioprobe.h"
#include "tests/support/mockserver/vendorauth.h"
#include "tests/support/mockserver/vendorerrors.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace vd::test {

namespace {

constexpr qint64 kMaxRequestBytes = 26214400; // 25 MiB

const QStringList kModels{QStringLiteral("whisper-1"), QStringLiteral("gpt-transcribe"),
                          QStringLiteral("gpt-4o-transcribe"), QStringLiteral("gpt-4o-mini-transcribe"),
                          QStringLiteral("gpt-4o-mini-transcribe-2025-12-15"),
                          QStringLiteral("gpt-4o-transcribe-diarize")};
const QStringList kExtensions{QStringLiteral("flac"), QStringLiteral("mp3"),  QStringLiteral("mp4"),
                              QStringLiteral("mpeg"), QStringLiteral("mpga"), QStringLiteral("m4a"),
                              QStringLiteral("ogg"),  QStringLiteral("wav"),  QStringLiteral("webm")};
const QStringList kScalarFields{QStringLiteral("file"), QStringLiteral("model"), QStringLiteral("language"),
                                QStringLiteral("prompt"), QStringLiteral("response_format"),
                                QStringLiteral("temperature"), QStringLiteral("stream"),
                                QStringLiteral("chunking_strategy")};
const QStringList kArrayFields{QStringLiteral("timestamp_granularities[]"), QStringLiteral("include[]"),
                               QStringLiteral("languages[]"), QStringLiteral("keywords[]"),
                               QStringLiteral("known_speaker_names[]"), QStringLiteral("known_speaker_references[]")};

HttpResponse reject(Exchange& exchange, const QString& message, const QString& param = {})
{
    exchange.violate(message);
    return VendorErrors::openAi(400, message, {}, {}, param);
}

std::optional<QString> field(const QList<MultipartPart>& parts, const QString& name)
{
    for (const MultipartPart& part : parts) {
        if (part.name == name)
            return QString::fromUtf8(part.data);
    }
    return std::nullopt;
}

QStringList values(const QList<MultipartPart>& parts, const QString& name)
{
    QStringList out;
    for (const MultipartPart& part : parts) {
        if (part.name == name)
            out.append(QString::fromUtf8(part.data));
    }
    return out;
}

// The first rule the form breaks, or an empty string.
QString checkForm(const QList<MultipartPart>& parts)
{
    QStringList seen;
    for (const MultipartPart& part : parts) {
        const QString bare = part.name.endsWith(QLatin1String("[]")) ? part.name.chopped(2) : part.name;
        if (kArrayFields.contains(bare + QLatin1String("[]")) && !part.name.endsWith(QLatin1String("[]")))
            return QStringLiteral("Array field '%1' must be sent as repeated '%1[]' parts.").arg(part.name);
        if (!kScalarFields.contains(part.name) && !kArrayFields.contains(part.name))
            return QStringLiteral("Unrecognized request argument supplied: %1").arg(part.name);
        if (kScalarFields.contains(part.name) && seen.contains(part.name))
            return QStringLiteral("Duplicate form field '%1'.").arg(part.name);
        if (part.name != QLatin1String("file") && part.hasFilename)
            return QStringLiteral("Form field '%1' must be a plain value, not a file.").arg(part.name);
        seen.append(part.name);
    }
    return {};
}

QString checkFile(const MultipartPart* file)
{
    if (!file)
        return QStringLiteral("Missing required parameter: 'file'.");
    if (!file->hasFilename || file->filename.isEmpty())
        return QStringLiteral("The 'file' part needs a filename with an extension so the format can be identified.");
    const QString extension = QFileInfo(file->filename).suffix().toLower();
    if (!kExtensions.contains(extension))
        return QStringLiteral("Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', "
                              "'ogg', 'wav', 'webm']");
    if (file->data.isEmpty())
        return QStringLiteral("The audio file is empty.");
    return {};
}

QString checkOptions(const QList<MultipartPart>& parts, const QString& model, const QString& format)
{
    static const QRegularExpression iso6391(QStringLiteral("^[a-z]{2}$"));
    const std::optional<QString> language = field(parts, QStringLiteral("language"));
    if (language && !iso6391.match(*language).hasMatch())
        return QStringLiteral("Invalid language '%1'. Language parameter must be specified in ISO-639-1 format.").arg(*language);
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("srt"),
                                     QStringLiteral("verbose_json"), QStringLiteral("vtt"), QStringLiteral("diarized_json")};
    if (!formats.contains(format))
        return QStringLiteral("Invalid value for 'response_format': '%1'.").arg(format);
    const bool whisper = model == QLatin1String("whisper-1");
    const bool diarize = model == QLatin1String("gpt-4o-transcribe-diarize");
    if (diarize ? !QStringList{QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("diarized_json")}.contains(format)
                : (!whisper && format != QLatin1String("json")) || (whisper && format == QLatin1String("diarized_json")))
        return QStringLiteral("response_format '%1' is not compatible with model '%2'.").arg(format, model);
    if (const std::optional<QString> temperature = field(parts, QStringLiteral("temperature"))) {
        bool ok = false;
        const double value = temperature->toDouble(&ok);
        if (!ok || value < 0.0 || value > 1.0)
            return QStringLiteral("Invalid 'temperature': expected a number between 0 and 1.");
    }
    const QStringList granularities = values(parts, QStringLiteral("timestamp_granularities[]"));
    for (const QString& granularity : granularities) {
        if (granularity != QLatin1String("word") && granularity != QLatin1String("segment"))
            return QStringLiteral("Invalid value for 'timestamp_granularities[]': '%1'.").arg(granularity);
    }
    if (!granularities.isEmpty() && format != QLatin1String("verbose_json"))
        return QStringLiteral("timestamp_granularities[] requires response_format 'verbose_json'.");
    return {};
}

QString timestamp(double seconds, QChar separator)
{
    const qint64 ms = qint64(std::lround(seconds * 1000.0));
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QJsonObject verboseJson(const QString& transcript, double duration, const QStringList& granularities)
{
    QJsonObject result{{QStringLiteral("task"), QStringLiteral("transcribe")},
                       {QStringLiteral("language"), QStringLiteral("english")},
                       {QStringLiteral("duration"), duration},
                       {QStringLiteral("text"), transcript}};
    if (granularities.isEmpty() || granularities.contains(QLatin1String("segment"))) {
        const QJsonObject segment{{QStringLiteral("id"), 0}, {QStringLiteral("seek"), 0},
                                  {QStringLiteral("start"), 0.0}, {QStringLiteral("end"), duration},
                                  {QStringLiteral("text"), QLatin1Char(' ') + transcript},
                                  {QStringLiteral("tokens"), QJsonArray{50364, 440, 50530}},
                                  {QStringLiteral("temperature"), 0.0}, {QStringLiteral("avg_logprob"), -0.25},
                                  {QStringLiteral("compression_ratio"), 1.2}, {QStringLiteral("no_speech_prob"), 0.01}};
        result.insert(QStringLiteral("segments"), QJsonArray{segment});
    }
    if (granularities.contains(QLatin1String("word"))) {
        const QStringList words = transcript.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QJsonArray list;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const double step = duration / double(words.size());
            list.append(QJsonObject{{QStringLiteral("word"), words[i]}, {QStringLiteral("start"), i * step},
                                    {QStringLiteral("end"), (i + 1) * step}});
        }
        result.insert(QStringLiteral("words"), list);
    }
    result.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("type"), QStringLiteral("duration")},
                                                       {QStringLiteral("seconds"), int(std::ceil(duration))}});
    return result;
}

HttpResponse answer(const QString& transcript, double duration, const QString& format, const QStringList& granularities)
{
    const QString end = timestamp(duration, QLatin1Char(','));
    if (format == QLatin1String("text"))
        return HttpResponse::bytes(200, (transcript + QLatin1Char('\n')).toUtf8(), "text/plain; charset=utf-8");
    if (format == QLatin1String("srt"))
        return HttpResponse::bytes(200, QStringLiteral("1\n00:00:00,000 --> %1\n%2\n\n").arg(end, transcript).toUtf8(),
                                   "text/plain; charset=utf-8");
    if (format == QLatin1String("vtt"))
        return HttpResponse::bytes(200, QStringLiteral("WEBVTT\n\n00:00:00.000 --> %1\n%2\n\n")
                                            .arg(timestamp(duration, QLatin1Char('.')), transcript).toUtf8(),
                                   "text/plain; charset=utf-8");
    if (format == QLatin1String("verbose_json"))
        return HttpResponse::json(200, verboseJson(transcript, duration, granularities));
    const QJsonObject usage{{QStringLiteral("type"), QStringLiteral("duration")},
                            {QStringLiteral("seconds"), int(std::ceil(duration))}};
    return HttpResponse::json(200, {{QStringLiteral("text"), transcript}, {QStringLiteral("usage"), usage}});
}

} // namespace

HttpResponse handleOpenAiTranscriptions(Exchange& exchange)
{
    if (auto denied = VendorAuth::checkOpenAi(exchange))
        return *denied;
    const qint64 size = exchange.http.body.size();
    if (size > kMaxRequestBytes) {
        exchange.violate(QStringLiteral("request of %1 bytes is over the 25 MiB limit").arg(size));
        return VendorErrors::openAi(413, QStringLiteral("Maximum content size limit (26214400) exceeded (%1 bytes read)").arg(size));
    }
    if (exchange.http.mediaType() != "multipart/form-data")
        return reject(exchange, QStringLiteral("Invalid Content-Type header (%1), expected multipart/form-data.")
                                    .arg(QString::fromLatin1(exchange.http.header("content-type"))));
    auto parsed = MultipartParser::parse(exchange.http.header("content-type"), exchange.http.body);
    if (!parsed)
        return reject(exchange, QStringLiteral("Could not parse multipart form: %1").arg(parsed.error()));
    exchange.record.parts = parsed.value();
    const QList<MultipartPart>& parts = exchange.record.parts;

    QString error = checkForm(parts);
    if (!error.isEmpty())
        return reject(exchange, error);
    const QString model = field(parts, QStringLiteral("model")).value_or(QString());
    if (model.isEmpty())
        return reject(exchange, QStringLiteral("you must provide a model parameter"), QStringLiteral("model"));
    const QString format = field(parts, QStringLiteral("response_format")).value_or(QStringLiteral("json"));
    error = checkFile(exchange.record.part(QStringLiteral("file")));
    if (error.isEmpty())
        error = checkOptions(parts, model, format);
    if (!error.isEmpty())
        return reject(exchange, error);
    if (!kModels.contains(model))
        return VendorErrors::openAi(404, QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                                    {}, QStringLiteral("model_not_found"));

    const MultipartPart* file = exchange.record.part(QStringLiteral("file"));
    const QString extension = QFileInfo(file->filename).suffix().toLower();
    double duration = 1.0;
    if (QStringList{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("mp3")}.contains(extension)) {
        const AudioProbe probe = AudioProbe::inspect(file->data);
        if (!probe.ok)
            return reject(exchange, QStringLiteral("Audio file might be corrupted or unsupported (%1: %2)").arg(file->filename, probe.error),
                          QStringLiteral("file"));
        duration = probe.seconds();
    }
    return answer(exchange.settings.transcript, duration, format, values(parts, QStringLiteral("timestamp_granularities[]")));
}

} // namespace vd::test
