#include "tests/support/mockserver/googlesynthesize.h"

#include "tests/support/mockserver/googlerequest.h"
#include "tests/support/mockserver/googlevoices.h"
#include "tests/support/mockserver/vendorauth.h"

#include <QXmlStreamReader>

namespace vd::test {

namespace {

const QStringList kEncodings{QStringLiteral("LINEAR16"), QStringLiteral("MP3"), QStringLiteral("OGG_OPUS"),
                             QStringLiteral("MULAW"), QStringLiteral("ALAW")};

bool wellFormedSpeak(const QString& ssml)
{
    QXmlStreamReader reader(ssml);
    bool rootIsSpeak = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && !rootIsSpeak && reader.name() != QLatin1String("speak"))
            return false;
        rootIsSpeak = true;
    }
    return !reader.hasError() && rootIsSpeak;
}

QString checkInput(const QJsonObject& input)
{
    const bool text = input.contains(QLatin1String("text"));
    const bool ssml = input.contains(QLatin1String("ssml"));
    if (text == ssml)
        return QStringLiteral("Exactly one of input.text and input.ssml must be set.");
    const QJsonValue value = input.value(text ? QLatin1String("text") : QLatin1String("ssml"));
    if (!value.isString() || value.toString().isEmpty())
        return QStringLiteral("The input %1 is empty.").arg(text ? QLatin1String("text") : QLatin1String("ssml"));
    if (value.toString().toUtf8().size() > 5000)
        return QStringLiteral("Either `input.text` or `input.ssml` is longer than the limit of 5000 bytes. This limit "
                              "is different from quotas. To fix, reduce the byte length of the characters in this request.");
    if (ssml && !wellFormedSpeak(value.toString()))
        return QStringLiteral("Invalid SSML: the document must be well-formed XML with a <speak> root element.");
    return {};
}

QString checkVoice(const QJsonObject& voice)
{
    const QString language = voice.value(QLatin1String("languageCode")).toString();
    if (language.isEmpty())
        return QStringLiteral("Invalid value for 'voice.language_code': language code is required.");
    if (voice.contains(QLatin1String("name"))) {
        const QString name = voice.value(QLatin1String("name")).toString();
        const QJsonObject known = googleVoice(name);
        if (known.isEmpty())
            return QStringLiteral("Voice '%1' does not exist. Is it misspelled?").arg(name);
        if (!name.startsWith(language + QLatin1Char('-'), Qt::CaseInsensitive))
            return QStringLiteral("Requested language code '%1' doesn't match the voice '%2''s language code.").arg(language, name);
    }
    if (voice.contains(QLatin1String("ssmlGender"))) {
        static const QStringList genders{QStringLiteral("SSML_VOICE_GENDER_UNSPECIFIED"), QStringLiteral("MALE"),
                                         QStringLiteral("FEMALE"), QStringLiteral("NEUTRAL")};
        if (!genders.contains(voice.value(QLatin1String("ssmlGender")).toString()))
            return QStringLiteral("Invalid value at 'voice.ssml_gender'.");
    }
    return {};
}

bool inRange(const QJsonObject& object, const char* key, double low, double high, bool zeroMeansDefault)
{
    if (!object.contains(QLatin1String(key)))
        return true;
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return (zeroMeansDefault && number == 0.0) || (number >= low && number <= high);
}

QString checkAudioConfig(const QJsonObject& config)
{
    const QString encoding = config.value(QLatin1String("audioEncoding")).toString();
    if (!kEncodings.contains(encoding))
        return encoding.isEmpty() ? QStringLiteral("Invalid value for 'audio_config.audio_encoding': audio encoding is required.")
                                  : QStringLiteral("Invalid value at 'audio_config.audio_encoding', \"%1\"").arg(encoding);
    if (!inRange(config, "speakingRate", 0.25, 4.0, true))
        return QStringLiteral("Invalid value for 'audio_config.speaking_rate': must be between 0.25 and 4.0.");
    if (!inRange(config, "pitch", -20.0, 20.0, false))
        return QStringLiteral("Invalid value for 'audio_config.pitch': must be between -20.0 and 20.0.");
    if (!inRange(config, "volumeGainDb", -96.0, 16.0, false))
        return QStringLiteral("Invalid value for 'audio_config.volume_gain_db': must be between -96.0 and 16.0.");
    if (!inRange(config, "sampleRateHertz", 8000, 48000, false))
        return QStringLiteral("Invalid value for 'audio_config.sample_rate_hertz': must be between 8000 and 48000.");
    return {};
}

AudioGenerator::Format formatFor(const QString& encoding)
{
    if (encoding == QLatin1String("MP3"))
        return AudioGenerator::Format::Mp3;
    if (encoding == QLatin1String("OGG_OPUS"))
        return AudioGenerator::Format::OggOpus;
    if (encoding == QLatin1String("MULAW"))
        return AudioGenerator::Format::WavMulaw;
    if (encoding == QLatin1String("ALAW"))
        return AudioGenerator::Format::WavAlaw;
    return AudioGenerator::Format::Wav;
}

int rateFor(const QString& encoding, int requested)
{
    if (encoding == QLatin1String("OGG_OPUS"))
        return QList<int>{8000, 12000, 16000, 24000, 48000}.contains(requested) ? requested : 48000;
    if (encoding == QLatin1String("MP3"))
        return QList<int>{8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000}.contains(requested) ? requested : 24000;
    return requested > 0 ? requested : 24000;
}

} // namespace

HttpResponse handleGoogleSynthesize(Exchange& exchange)
{
    if (auto denied = VendorAuth::checkGoogle(exchange))
        return *denied;
    QJsonObject request;
    if (auto error = GoogleRequest::checkQuery(exchange))
        return *error;
    if (auto error = GoogleRequest::parseBody(exchange, request))
        return *error;
    if (auto error = GoogleRequest::checkFields(exchange, request, {QStringLiteral("input"), QStringLiteral("voice"),
                                                                     QStringLiteral("audioConfig"), QStringLiteral("advancedVoiceOptions")}, {}))
        return *error;
    const QJsonObject input = checks::camelCaseKeys(request.value(QLatin1String("input")).toObject());
    const QJsonObject voice = checks::camelCaseKeys(request.value(QLatin1String("voice")).toObject());
    const QJsonObject audioConfig = checks::camelCaseKeys(request.value(QLatin1String("audioConfig")).toObject());
    if (auto error = GoogleRequest::checkFields(exchange, input, {QStringLiteral("text"), QStringLiteral("ssml")}, QStringLiteral("input")))
        return *error;
    if (auto error = GoogleRequest::checkFields(exchange, voice, {QStringLiteral("languageCode"), QStringLiteral("name"),
                                                                   QStringLiteral("ssmlGender"), QStringLiteral("customVoice"),
                                                                   QStringLiteral("voiceClone"), QStringLiteral("modelName")}, QStringLiteral("voice")))
        return *error;
    if (auto error = GoogleRequest::checkFields(exchange, audioConfig, {QStringLiteral("audioEncoding"), QStringLiteral("speakingRate"),
                                                                         QStringLiteral("pitch"), QStringLiteral("volumeGainDb"),
                                                                         QStringLiteral("sampleRateHertz"), QStringLiteral("effectsProfileId")}, QStringLiteral("audio_config")))
        return *error;
    for (const QString& error : {checkInput(input), checkVoice(voice), checkAudioConfig(audioConfig)}) {
        if (!error.isEmpty())
            return GoogleRequest::reject(exchange, error);
    }

    const QString encoding = audioConfig.value(QLatin1String("audioEncoding")).toString();
    const QString text = input.contains(QLatin1String("text")) ? input.value(QLatin1String("text")).toString()
                                                               : input.value(QLatin1String("ssml")).toString();
    double rate = audioConfig.value(QLatin1String("speakingRate")).toDouble(1.0);
    rate = rate > 0.0 ? rate : 1.0;
    QByteArray audio = exchange.settings.audio;
    if (audio.isEmpty())
        audio = exchange.audio.audio(formatFor(encoding), rateFor(encoding, audioConfig.value(QLatin1String("sampleRateHertz")).toInt(0)),
                                     AudioGenerator::secondsForText(text) / rate);
    return HttpResponse::json(200, {{QStringLiteral("audioContent"), QString::fromLatin1(audio.toBase64())}});
}

} // namespace vd::test
