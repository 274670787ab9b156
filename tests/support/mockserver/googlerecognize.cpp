#include "tests/support/mockserver/googlerecognize.h"

#include "tests/support/mockserver/audioprobe.h"
#include "tests/support/mockserver/googlerequest.h"
#include "tests/support/mockserver/vendorauth.h"
#include "tests/support/mockserver/vendorerrors.h"

#include <QJsonArray>

#include <cmath>

namespace vd::test {

namespace {

constexpr qint64 kMaxRequestBytes = 10485760;

const QStringList kConfigFields{
    QStringLiteral("encoding"), QStringLiteral("sampleRateHertz"), QStringLiteral("audioChannelCount"),
    QStringLiteral("enableSeparateRecognitionPerChannel"), QStringLiteral("languageCode"),
    QStringLiteral("alternativeLanguageCodes"), QStringLiteral("maxAlternatives"), QStringLiteral("profanityFilter"),
    QStringLiteral("adaptation"), QStringLiteral("transcriptNormalization"), QStringLiteral("speechContexts"),
    QStringLiteral("enableWordTimeOffsets"), QStringLiteral("enableWordConfidence"),
    QStringLiteral("enableAutomaticPunctuation"), QStringLiteral("enableSpokenPunctuation"),
    QStringLiteral("enableSpokenEmojis"), QStringLiteral("diarizationConfig"), QStringLiteral("metadata"),
    QStringLiteral("model"), QStringLiteral("useEnhanced")};
const QStringList kEncodings{QStringLiteral("ENCODING_UNSPECIFIED"), QStringLiteral("LINEAR16"), QStringLiteral("FLAC"),
                             QStringLiteral("MULAW"), QStringLiteral("AMR"), QStringLiteral("AMR_WB"),
                             QStringLiteral("OGG_OPUS"), QStringLiteral("SPEEX_WITH_HEADER_BYTE"),
                             QStringLiteral("WEBM_OPUS")};

struct AudioFacts
{
    double seconds = 0.0;
    QString error; // a violation, or empty
};

QString headerMismatch(const char* field, int configured, int header)
{
    return QStringLiteral("%1 (%2) in RecognitionConfig must either be unspecified or match the value in the FLAC/WAV header (%3).")
        .arg(QLatin1String(field)).arg(configured).arg(header);
}

// Checks the audio against the config the way the service does, and measures its length.
AudioFacts inspect(const QJsonObject& config, const QByteArray& audio)
{
    const QString encoding = config.value(QLatin1String("encoding")).toString(QStringLiteral("ENCODING_UNSPECIFIED"));
    const int rate = config.value(QLatin1String("sampleRateHertz")).toInt(0);
    const int channels = config.value(QLatin1String("audioChannelCount")).toInt(0);
    const bool wav = audio.startsWith("RIFF") && audio.mid(8, 4) == "WAVE";
    const bool flac = audio.startsWith("fLaC");
    const bool ogg = audio.startsWith("OggS");
    AudioFacts facts;
    if (wav || flac || ogg) {
        if ((encoding == QLatin1String("FLAC") && !flac) || (encoding == QLatin1String("OGG_OPUS") && !ogg)
            || (encoding == QLatin1String("LINEAR16") && !wav) || (encoding == QLatin1String("ENCODING_UNSPECIFIED") && ogg))
            return {0, QStringLiteral("Invalid recognition 'config': the audio is not %1 data.").arg(encoding)};
        const AudioProbe probe = AudioProbe::inspect(audio);
        if (!probe.ok)
            return {0, QStringLiteral("Invalid audio content: %1").arg(probe.error)};
        if (!ogg && rate != 0 && rate != probe.sampleRate)
            return {0, headerMismatch("sample_rate_hertz", rate, probe.sampleRate)};
        if (!ogg && channels != 0 && channels != probe.channels)
            return {0, headerMismatch("audio_channel_count", channels, probe.channels)};
        if (ogg && rate == 0)
            return {0, QStringLiteral("Invalid recognition 'config': OGG_OPUS needs sample_rate_hertz.")};
        facts.seconds = probe.seconds();
        return facts;
    }
    if (encoding == QLatin1String("ENCODING_UNSPECIFIED"))
        return {0, QStringLiteral("Invalid recognition 'config': bad encoding: only WAV and FLAC audio may omit it.")};
    if (encoding == QLatin1String("FLAC") || encoding == QLatin1String("OGG_OPUS"))
        return {0, QStringLiteral("Invalid audio content: not %1 data.").arg(encoding)};
    if (rate == 0)
        return {0, QStringLiteral("Invalid recognition 'config': sample_rate_hertz is required for headerless %1 audio.").arg(encoding)};
    const int bytesPerFrame = (encoding == QLatin1String("LINEAR16") ? 2 : 1) * std::max(1, channels);
    if (encoding == QLatin1String("LINEAR16") && audio.size() % bytesPerFrame != 0)
        return {0, QStringLiteral("Invalid audio content: LINEAR16 audio of %1 bytes is not whole samples.").arg(audio.size())};
    if (encoding == QLatin1String("LINEAR16") || encoding == QLatin1String("MULAW"))
        facts.seconds = double(audio.size()) / bytesPerFrame / rate;
    else
        facts.seconds = 1.0; // compressed formats the mock cannot measure
    return facts;
}

// Rules on the config fields alone; returns the violation or an empty string.
QString checkConfig(const QJsonObject& config)
{
    const QJsonValue language = config.value(QLatin1String("languageCode"));
    if (!language.isString() || language.toString().isEmpty())
        return QStringLiteral("Invalid recognition 'config': must specify a language_code.");
    const QString encoding = config.value(QLatin1String("encoding")).toString(QStringLiteral("ENCODING_UNSPECIFIED"));
    if (!kEncodings.contains(encoding))
        return QStringLiteral("Invalid value at 'config.encoding' (type.googleapis.com/google.cloud.speech.v1.RecognitionConfig.AudioEncoding), \"%1\"").arg(encoding);
    if (config.contains(QLatin1String("sampleRateHertz"))) {
        const QJsonValue rate = config.value(QLatin1String("sampleRateHertz"));
        const int hz = rate.toInt(-1);
        if (!rate.isDouble() || hz < 8000 || hz > 48000)
            return QStringLiteral("Invalid recognition 'config': sample_rate_hertz must be between 8000 and 48000.");
        if (encoding == QLatin1String("OGG_OPUS") && !QList<int>{8000, 12000, 16000, 24000, 48000}.contains(hz))
            return QStringLiteral("Invalid recognition 'config': OGG_OPUS needs a sample_rate_hertz of 8000, 12000, 16000, 24000 or 48000.");
        if ((encoding == QLatin1String("AMR") && hz != 8000) || (encoding == QLatin1String("AMR_WB") && hz != 16000))
            return QStringLiteral("Invalid recognition 'config': %1 audio has a fixed sample rate.").arg(encoding);
    }
    if (config.value(QLatin1String("alternativeLanguageCodes")).toArray().size() > 3)
        return QStringLiteral("Invalid recognition 'config': at most 3 alternative_language_codes.");
    const int maxAlternatives = config.value(QLatin1String("maxAlternatives")).toInt(1);
    if (maxAlternatives < 0 || maxAlternatives > 30)
        return QStringLiteral("Invalid recognition 'config': max_alternatives must be 0 to 30.");
    return {};
}

QJsonObject result(const QString& transcript, const QString& language, double seconds, bool words)
{
    QJsonObject alternative{{QStringLiteral("transcript"), transcript}, {QStringLiteral("confidence"), 0.93}};
    if (words) {
        QJsonArray list;
        const QStringList parts = transcript.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const double step = seconds / double(parts.size());
            list.append(QJsonObject{{QStringLiteral("startTime"), GoogleRequest::duration(i * step)},
                                    {QStringLiteral("endTime"), GoogleRequest::duration((i + 1) * step)},
                                    {QStringLiteral("word"), parts[i]}});
        }
        alternative.insert(QStringLiteral("words"), list);
    }
    return {{QStringLiteral("alternatives"), QJsonArray{alternative}},
            {QStringLiteral("resultEndTime"), GoogleRequest::duration(seconds)},
            {QStringLiteral("languageCode"), language.toLower()}};
}

} // namespace

HttpResponse handleGoogleRecognize(Exchange& exchange)
{
    if (auto denied = VendorAuth::checkGoogle(exchange))
        return *denied;
    if (exchange.http.body.size() > kMaxRequestBytes)
        return GoogleRequest::reject(exchange, QStringLiteral("Request payload size exceeds the limit: 10485760 bytes."));
    QJsonObject request;
    if (auto error = GoogleRequest::checkQuery(exchange))
        return *error;
    if (auto error = GoogleRequest::parseBody(exchange, request))
        return *error;
    if (auto error = GoogleRequest::checkFields(exchange, request, {QStringLiteral("config"), QStringLiteral("audio")}, {}))
        return *error;
    if (!request.value(QLatin1String("config")).isObject())
        return GoogleRequest::reject(exchange, QStringLiteral("RecognitionConfig not set."));
    if (!request.value(QLatin1String("audio")).isObject())
        return GoogleRequest::reject(exchange, QStringLiteral("RecognitionAudio not set."));
    const QJsonObject config = checks::camelCaseKeys(request.value(QLatin1String("config")).toObject());
    const QJsonObject audio = checks::camelCaseKeys(request.value(QLatin1String("audio")).toObject());
    if (auto error = GoogleRequest::checkFields(exchange, config, kConfigFields, QStringLiteral("config")))
        return *error;
    if (auto error = GoogleRequest::checkFields(exchange, audio, {QStringLiteral("content"), QStringLiteral("uri")}, QStringLiteral("audio")))
        return *error;
    const QString configError = checkConfig(config);
    if (!configError.isEmpty())
        return GoogleRequest::reject(exchange, configError);
    if (audio.contains(QLatin1String("content")) == audio.contains(QLatin1String("uri")))
        return GoogleRequest::reject(exchange, QStringLiteral("RecognitionAudio must set exactly one of 'content' and 'uri'."));

    double seconds = 1.0;
    if (audio.contains(QLatin1String("uri"))) {
        if (!audio.value(QLatin1String("uri")).toString().startsWith(QLatin1String("gs://")))
            return GoogleRequest::reject(exchange, QStringLiteral("Invalid audio.uri: only Cloud Storage URIs (gs://bucket/object) are supported."));
    } else {
        const std::optional<QByteArray> bytes = checks::strictBase64(audio.value(QLatin1String("content")).toString());
        if (!audio.value(QLatin1String("content")).isString() || !bytes)
            return GoogleRequest::reject(exchange, QStringLiteral("Invalid value at 'audio.content' (TYPE_BYTES), Base64 decoding failed."));
        if (bytes->isEmpty())
            return GoogleRequest::reject(exchange, QStringLiteral("RecognitionAudio not set."));
        const AudioFacts facts = inspect(config, *bytes);
        if (!facts.error.isEmpty())
            return GoogleRequest::reject(exchange, facts.error);
        seconds = facts.seconds;
    }
    if (seconds > 60.0)
        return GoogleRequest::reject(exchange, QStringLiteral("Sync input too long. For audio longer than 1 min use LongRunningRecognize with a 'uri' parameter."));

    QJsonObject response{{QStringLiteral("totalBilledTime"), QStringLiteral("%1s").arg(int(std::ceil(seconds)))},
                         {QStringLiteral("requestId"), QString::number(quint64(7321900000000000000ULL) + quint64(exchange.record.sequence))}};
    const QString transcript = exchange.settings.transcript;
    if (!transcript.isEmpty()) {
        const bool words = config.value(QLatin1String("enableWordTimeOffsets")).toBool(false);
        response.insert(QStringLiteral("results"),
                        QJsonArray{result(transcript, config.value(QLatin1String("languageCode")).toString(), seconds, words)});
    }
    return HttpResponse::json(200, response);
}

} // namespace vd::test
