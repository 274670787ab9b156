#include "core/providers/openai/openaidefinitions.h"
#include "core/providers/openai/openairequests.h"
#include "core/providers/openai/openairesponses.h"
#include "tests/support/mockserver/multipartparser.h"
#include "tests/support/wavbytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace vd;

namespace {

QJsonObject sttSettings(QJsonObject overrides = {})
{
    return openAiSpeechToTextInfo().settingsSchema.withDefaults(overrides);
}

QJsonObject ttsSettings(QJsonObject overrides = {})
{
    return openAiTextToSpeechInfo().settingsSchema.withDefaults(overrides);
}

Credential key()
{
    return {QStringLiteral("sk-test"), CredentialSource::Keychain, QStringLiteral("openai")};
}

// The form as the server reads it back from the request (the mock servers' strict parser).
QList<test::MultipartPart> form(const HttpCall& call)
{
    const auto parts = test::MultipartParser::parse(call.header("Content-Type"), call.body);
    if (!parts) {
        qWarning().noquote() << parts.error();
        return {};
    }
    return parts.value();
}

QStringList partNames(const HttpCall& call)
{
    QStringList names;
    for (const test::MultipartPart& part : form(call))
        names.append(part.name);
    return names;
}

QByteArray partData(const HttpCall& call, const QString& name)
{
    for (const test::MultipartPart& part : form(call)) {
        if (part.name == name)
            return part.data;
    }
    return {};
}

HttpResponse ok(const QByteArray& body, const QByteArray& contentType = "application/json")
{
    HttpResponse response;
    response.status = 200;
    response.body = body;
    response.headers = {{"Content-Type", contentType}};
    return response;
}

AudioClip tone(double seconds, int rate = 16000)
{
    AudioClip clip;
    clip.sampleRate = rate;
    clip.channels = 1;
    clip.samples.resize(qsizetype(seconds * rate));
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = (i / 40) % 2 ? 0.3f : -0.3f;
    return clip;
}

QJsonObject json(const HttpCall& call)
{
    return QJsonDocument::fromJson(call.body).object();
}

} // namespace

// The OpenAI requests (OpenAPI extract) and the parsing of OpenAI's answers.
class TestOpenAiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcriptionIsMultipartWithTheDocumentedFields()
    {
        const Result<HttpCall> call =
            openAiTranscriptionCall(sttSettings(), key(), "RIFFwav", QStringLiteral("en-US"));
        QVERIFY(call);
        QCOMPARE(call->method, QByteArray("POST"));
        QCOMPARE(call->url, QUrl(QStringLiteral("https://api.openai.com/v1/audio/transcriptions")));
        QCOMPARE(call->header("Authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(partNames(*call), (QStringList{"file", "model", "language", "response_format"}));
        const test::MultipartPart file = form(*call).at(0);
        QCOMPARE(file.filename, QStringLiteral("audio.wav"));
        QCOMPARE(file.contentType, QByteArray("audio/wav"));
        QCOMPARE(file.data, QByteArray("RIFFwav"));
        QCOMPARE(partData(*call, "model"), QByteArray("whisper-1"));
        QCOMPARE(partData(*call, "language"), QByteArray("en"));
        QCOMPARE(partData(*call, "response_format"), QByteArray("json"));
    }

    void optionalTranscriptionFieldsOnlyWhenSet()
    {
        QJsonObject overrides{{QStringLiteral("prompt"), QStringLiteral("VoiceDeck")},
                              {QStringLiteral("temperature"), 0.2},
                              {QStringLiteral("organization"), QStringLiteral("org-1")},
                              {QStringLiteral("project"), QStringLiteral("proj-1")},
                              {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080/v1/")}};
        const Result<HttpCall> call =
            openAiTranscriptionCall(sttSettings(overrides), key(), "RIFF", QString());
        QVERIFY(call);
        QCOMPARE(call->url, QUrl(QStringLiteral("http://127.0.0.1:8080/v1/audio/transcriptions")));
        QCOMPARE(partNames(*call),
                 (QStringList{"file", "model", "prompt", "response_format", "temperature"}));
        QCOMPARE(partData(*call, "temperature"), QByteArray("0.2"));
        QCOMPARE(call->header("OpenAI-Organization"), QByteArray("org-1"));
        QCOMPARE(call->header("OpenAI-Project"), QByteArray("proj-1"));
    }

    void audioOverTheRequestLimitIsTooLarge()
    {
        const Result<HttpCall> call =
            openAiTranscriptionCall(sttSettings(), key(), QByteArray(26 * 1024 * 1024, 'a'), {});
        QVERIFY(!call);
        QCOMPARE(call.error().kind, ErrorKind::TooLarge);
        QVERIFY(call.error().message.contains(QLatin1String("25 MiB")));
    }

    void emptyRecordingIsABadRequest()
    {
        const PreparedParts parts = openAiTranscriptionParts(sttSettings(), key(), TranscriptionRequest{});
        QVERIFY(parts.error.has_value());
        QCOMPARE(parts.error->kind, ErrorKind::BadRequest);
    }

    void shortRecordingIsOneMono16kWav()
    {
        TranscriptionRequest request;
        request.audio = tone(2.0, 44100);
        const PreparedParts parts = openAiTranscriptionParts(sttSettings(), key(), request);
        QVERIFY(!parts.error.has_value());
        QCOMPARE(parts.parts.size(), 1);
        const QByteArray wav = partData(parts.parts.first().call, "file");
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), 16000u);     // sample rate
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // channels
    }

    void longRecordingIsSplitIntoPartsUnderTheLimit()
    {
        TranscriptionRequest request;
        request.audio = tone(kOpenAiMaxPartSeconds + 30.0);
        const PreparedParts parts = openAiTranscriptionParts(sttSettings(), key(), request);
        QVERIFY(!parts.error.has_value());
        QCOMPARE(parts.parts.size(), 2);
        QCOMPARE(parts.parts.at(0).startSeconds, 0.0);
        QVERIFY(parts.parts.at(1).startSeconds > 0.0 &&
                parts.parts.at(1).startSeconds <= kOpenAiMaxPartSeconds);
        for (const PreparedPart& part : parts.parts)
            QVERIFY(part.call.body.size() <= kOpenAiMaxRequestBytes);
    }

    void speechIsJsonWithOnlyDocumentedProperties()
    {
        SynthesisRequest request;
        request.text = QStringLiteral("Hello there");
        const Result<HttpCall> call = openAiSpeechCall(ttsSettings(), key(), request);
        QVERIFY(call);
        QCOMPARE(call->url, QUrl(QStringLiteral("https://api.openai.com/v1/audio/speech")));
        QCOMPARE(call->header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = json(*call);
        QCOMPARE(body.keys(), (QStringList{"input", "model", "response_format", "voice"}));
        QCOMPARE(body.value(QLatin1String("input")).toString(), request.text);
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-tts"));
        QCOMPARE(body.value(QLatin1String("voice")).toString(), QStringLiteral("alloy"));
        QCOMPARE(body.value(QLatin1String("response_format")).toString(), QStringLiteral("wav"));
    }

    void speechCarriesSpeedVoiceFormatAndInstructions()
    {
        SynthesisRequest request;
        request.text = QStringLiteral("Hi");
        request.voice = QStringLiteral("nova");
        request.speed = 1.5;
        request.format = QStringLiteral("ogg");
        const QJsonObject withInstructions{{QStringLiteral("instructions"), QStringLiteral("Whisper")}};
        QJsonObject body = json(*openAiSpeechCall(ttsSettings(withInstructions), key(), request));
        QCOMPARE(body.value(QLatin1String("voice")).toString(), QStringLiteral("nova"));
        QCOMPARE(body.value(QLatin1String("speed")).toDouble(), 1.5);
        QCOMPARE(body.value(QLatin1String("response_format")).toString(), QStringLiteral("opus"));
        QCOMPARE(body.value(QLatin1String("instructions")).toString(), QStringLiteral("Whisper"));
        QJsonObject tts1 = withInstructions;
        tts1.insert(QStringLiteral("model"), QStringLiteral("tts-1"));
        body = json(*openAiSpeechCall(ttsSettings(tts1), key(), request));
        QVERIFY(!body.contains(QLatin1String("instructions")));
    }

    void speechLimitsAreCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("kind"); // empty: accepted
        QTest::newRow("empty") << QString() << 1.0 << QString() << "bad_request";
        QTest::newRow("blank") << QStringLiteral("  \n") << 1.0 << QString() << "bad_request";
        QTest::newRow("4096 characters") << QString(4096, QLatin1Char('a')) << 1.0 << QString() << QString();
        QTest::newRow("4097 characters")
            << QString(4097, QLatin1Char('a')) << 1.0 << QString() << "too_large";
        QTest::newRow("4096 emoji") << QString::fromUcs4(std::u32string(4096, U'\U0001F600').c_str()) << 1.0
                                    << QString() << QString();
        QTest::newRow("speed too high") << QStringLiteral("a") << 4.5 << QString() << "bad_request";
        QTest::newRow("speed nan") << QStringLiteral("a") << qQNaN() << QString() << "bad_request";
        QTest::newRow("only NULs") << QString(3, QChar(0)) << 1.0 << QString() << "bad_request";
        QTest::newRow("only zero-width")
            << QStringLiteral("\u200B\uFEFF") << 1.0 << QString() << "bad_request";
        QTest::newRow("lone surrogate")
            << QStringLiteral("a") + QChar(0xD800) << 1.0 << QString() << "bad_request";
        QTest::newRow("unknown format")
            << QStringLiteral("a") << 1.0 << QStringLiteral("aiff") << "unsupported";
    }

    void speechLimitsAreCheckedBeforeSending()
    {
        QFETCH(QString, text);
        QFETCH(double, speed);
        QFETCH(QString, format);
        QFETCH(QString, kind);
        SynthesisRequest request;
        request.text = text;
        request.speed = speed;
        request.format = format;
        const Result<HttpCall> call = openAiSpeechCall(ttsSettings(), key(), request);
        if (kind.isEmpty()) {
            QVERIFY(call);
        } else {
            QVERIFY(!call);
            QCOMPARE(errorKindName(call.error().kind), kind);
        }
    }

    void modelsProbeIsAnAuthenticatedGet()
    {
        const HttpCall call = openAiModelsCall(sttSettings(), key());
        QCOMPARE(call.method, QByteArray("GET"));
        QCOMPARE(call.url, QUrl(QStringLiteral("https://api.openai.com/v1/models")));
        QCOMPARE(call.header("Authorization"), QByteArray("Bearer sk-test"));
    }

    void parsesTranscriptions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind"); // empty: parsed
        QTest::addColumn<QString>("text");
        QTest::newRow("json")
            << QByteArray(R"({"text":" turn on the lights ","usage":{"type":"duration","seconds":2}})")
            << QString() << "turn on the lights";
        QTest::newRow("nothing recognised") << QByteArray(R"({"text":""})") << QString() << "";
        QTest::newRow("missing text") << QByteArray(R"({"usage":{}})") << "invalid_response"
                                      << "";
        QTest::newRow("text of the wrong type") << QByteArray(R"({"text":42})") << "invalid_response"
                                                << "";
        QTest::newRow("not json") << QByteArray("turn on") << "invalid_response"
                                  << "";
        QTest::newRow("array") << QByteArray("[]") << "invalid_response"
                               << "";
        QTest::newRow("empty body") << QByteArray() << "invalid_response"
                                    << "";
    }

    void parsesTranscriptions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const Result<Transcript> transcript = parseOpenAiTranscription(ok(body), QStringLiteral("en"));
        if (kind.isEmpty()) {
            QVERIFY(transcript);
            QCOMPARE(transcript->text, text);
            QCOMPARE(transcript->language, QStringLiteral("en"));
        } else {
            QVERIFY(!transcript);
            QCOMPARE(errorKindName(transcript.error().kind), kind);
            QVERIFY(transcript.error().message.contains(QLatin1String("OpenAI")));
        }
    }

    void parsesVerboseSegments()
    {
        const Result<Transcript> transcript = parseOpenAiTranscription(
            ok(R"({"language":"english","duration":3.2,"text":"a b","segments":[{"id":0,"start":0.0,"end":1.5,"text":" a"},{"id":1,"start":1.5,"end":3.2,"text":" b"}]})"),
            QString());
        QVERIFY(transcript);
        QCOMPARE(transcript->language, QStringLiteral("english"));
        QCOMPARE(transcript->segments.size(), 2);
        QCOMPARE(transcript->segments.at(1), (TranscriptSegment{1.5, 3.2, QStringLiteral("b")}));
    }

    void parsesSpeechAudio()
    {
        const QByteArray wav = test::wavHeader(24000, 1, 100) + QByteArray(100, '\0');
        Result<EncodedAudio> audio = parseOpenAiSpeech(ok(wav, "audio/wav"), QStringLiteral("wav"));
        QVERIFY(audio);
        QCOMPARE(audio->format, QStringLiteral("wav"));
        QCOMPARE(audio->sampleRate, 24000);
        audio = parseOpenAiSpeech(ok("\x01\x02\x03", "application/octet-stream"), QStringLiteral("pcm"));
        QVERIFY(audio);
        QCOMPARE(audio->format, QStringLiteral("pcm"));
        QCOMPARE(audio->sampleRate, 24000);
        QCOMPARE(audio->data.size(), 2);
        QCOMPARE(parseOpenAiSpeech(ok("OggS", "audio/ogg"), QStringLiteral("opus"))->format,
                 QStringLiteral("ogg"));
    }

    void rejectsUnusableSpeechAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("format");
        QTest::newRow("empty") << QByteArray() << QByteArray("audio/wav") << "wav";
        QTest::newRow("json instead of audio")
            << QByteArray(R"({"ok":1})") << QByteArray("application/json") << "mp3";
        QTest::newRow("wav without header")
            << QByteArray("garbage-bytes-here-1234567890") << QByteArray("audio/wav") << "wav";
    }

    void rejectsUnusableSpeechAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, format);
        const Result<EncodedAudio> audio = parseOpenAiSpeech(ok(body, contentType), format);
        QVERIFY(!audio);
        QCOMPARE(audio.error().kind, ErrorKind::InvalidResponse);
    }

    void parsesTheModelList()
    {
        Result<QString> detail =
            parseOpenAiModels(ok(R"({"object":"list","data":[{"id":"whisper-1"},{"id":"tts-1"}]})"),
                              QStringLiteral("whisper-1"));
        QVERIFY(detail);
        QVERIFY2(detail->contains(QLatin1String("2")), qPrintable(*detail));
        detail = parseOpenAiModels(ok(R"({"object":"list","data":[]})"), QStringLiteral("whisper-1"));
        QVERIFY(detail->contains(QLatin1String("not among them")));
        QCOMPARE(parseOpenAiModels(ok(R"({"object":"list"})"), {}).error().kind, ErrorKind::InvalidResponse);
    }

    void definitionsFollowTheContract()
    {
        const ProviderInfo stt = openAiSpeechToTextInfo();
        QCOMPARE(stt.name, QStringLiteral("openai_stt"));
        QCOMPARE(stt.priority, 10);
        QCOMPARE(stt.credentialKeys, (QStringList{"openai_stt", "openai"}));
        QCOMPARE(stt.credentialEnvironment, QStringList{"OPENAI_API_KEY"});
        QCOMPARE(stt.settingsSchema.field(QStringLiteral("base_url"))->type, SettingType::Url);
        QCOMPARE(stt.settingsSchema.field(QStringLiteral("base_url"))->defaultValue.toString(),
                 QStringLiteral("https://api.openai.com/v1"));
        const ProviderInfo tts = openAiTextToSpeechInfo();
        QCOMPARE(tts.category, ProviderCategory::Tts);
        QCOMPARE(tts.settingsSchema.field(QStringLiteral("voice"))->allowedValues.size(), 13);
        for (const ProviderInfo& info : {stt, tts}) {
            for (const SettingField& field : info.settingsSchema.fields())
                QVERIFY2(!field.isSecret(), qPrintable(field.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenAiRequests)
#include "tst_openairequests.moc"
