// The mock provider server rejects, and records as violations, what the vendors' documents forbid;
// wrong keys get the vendor's auth error without being a client bug.

#include "tests/support/mockserver/mockproviderserver.h"
#include "tests/support/mockserver/testclient.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace vd::test;

namespace {

const Headers kOpenAiAuth{{"Authorization", "Bearer test-key"}};
const Headers kOpenAiJson{{"Authorization", "Bearer test-key"}, {"Content-Type", "application/json"}};
const Headers kGoogleJson{{"x-goog-api-key", "test-key"}, {"Content-Type", "application/json"}};

QByteArray speechBody(const QByteArray& format)
{
    return R"({"model":"tts-1","input":"The quick brown fox.","voice":"alloy","response_format":)"
           "\"" +
           format + "\"}";
}

// Raw 16-bit mono PCM of a given length (silence is fine for the mock).
QByteArray pcm(int sampleRate, double seconds)
{
    return QByteArray(qsizetype(sampleRate * seconds) * 2, '\0');
}

} // namespace

class TestMockServerViolations : public QObject
{
    Q_OBJECT

private:
    QUrl url(Vendor vendor, const QString& suffix, const QString& query = {}) const
    {
        QUrl u = m_server->baseUrl(vendor);
        u.setPath(u.path() + suffix);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    QByteArray wavFromServer()
    {
        return m_client
            ->send("POST", url(Vendor::OpenAi, QStringLiteral("/audio/speech")), kOpenAiJson,
                   speechBody("wav"))
            .body;
    }

    std::unique_ptr<MockProviderServer> m_server;
    std::unique_ptr<TestClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockProviderServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<TestClient>();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void malformedRequestsAreRejectedAndRecorded_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("violation");
        const QByteArray b64 = pcm(16000, 0.5).toBase64();
        QTest::newRow("speech extra property")
            << QByteArray("POST") << "/v1/audio/speech" << kOpenAiJson
            << QByteArray(R"({"model":"tts-1","input":"hi","voice":"alloy","format":"mp3"})") << 400
            << "Unrecognized request argument supplied: format";
        QTest::newRow("speech missing voice") << QByteArray("POST") << "/v1/audio/speech" << kOpenAiJson
                                              << QByteArray(R"({"model":"tts-1","input":"hi"})") << 400
                                              << "Missing required parameter: 'voice'";
        QTest::newRow("speech unknown voice")
            << QByteArray("POST") << "/v1/audio/speech" << kOpenAiJson
            << QByteArray(R"({"model":"tts-1","input":"hi","voice":"bob"})") << 400 << "'voice'";
        QTest::newRow("speech speed too high")
            << QByteArray("POST") << "/v1/audio/speech" << kOpenAiJson
            << QByteArray(R"({"model":"tts-1","input":"hi","voice":"alloy","speed":4.5})") << 400
            << "'speed'";
        QTest::newRow("speech input too long") << QByteArray("POST") << "/v1/audio/speech" << kOpenAiJson
                                               << (R"({"model":"tts-1","voice":"alloy","input":)"
                                                   "\"" +
                                                   QByteArray(4097, 'a') + "\"}")
                                               << 400 << "maximum length 4096";
        QTest::newRow("speech wrong content type")
            << QByteArray("POST") << "/v1/audio/speech"
            << Headers{{"Authorization", "Bearer test-key"}, {"Content-Type", "text/plain"}}
            << QByteArray(R"({"model":"tts-1","input":"hi","voice":"alloy"})") << 400 << "Content-Type";
        QTest::newRow("openai missing auth")
            << QByteArray("GET") << "/v1/models" << Headers{} << QByteArray() << 401 << "Authorization";
        QTest::newRow("models via POST")
            << QByteArray("POST") << "/v1/models" << kOpenAiJson << QByteArray("{}") << 405 << "method POST";
        QTest::newRow("google bad base64")
            << QByteArray("POST") << "/v1/speech:recognize" << kGoogleJson
            << QByteArray(
                   R"({"config":{"languageCode":"en-US","encoding":"LINEAR16","sampleRateHertz":16000},"audio":{"content":"@@not base64@@"}})")
            << 400 << "Base64 decoding failed";
        QTest::newRow("google both content and uri")
            << QByteArray("POST") << "/v1/speech:recognize" << kGoogleJson
            << (R"({"config":{"languageCode":"en-US","encoding":"LINEAR16","sampleRateHertz":16000},"audio":{"content":)"
                "\"" +
                b64 + "\",\"uri\":\"gs://b/o\"}}")
            << 400 << "exactly one";
        QTest::newRow("google missing languageCode")
            << QByteArray("POST") << "/v1/speech:recognize" << kGoogleJson
            << (R"({"config":{"encoding":"LINEAR16","sampleRateHertz":16000},"audio":{"content":)"
                "\"" +
                b64 + "\"}}")
            << 400 << "language_code";
        QTest::newRow("google raw LINEAR16 without rate")
            << QByteArray("POST") << "/v1/speech:recognize" << kGoogleJson
            << (R"({"config":{"encoding":"LINEAR16","languageCode":"en-US"},"audio":{"content":)"
                "\"" +
                b64 + "\"}}")
            << 400 << "sample_rate_hertz";
        QTest::newRow("google over 60 s")
            << QByteArray("POST") << "/v1/speech:recognize" << kGoogleJson
            << (R"({"config":{"encoding":"LINEAR16","sampleRateHertz":8000,"languageCode":"en-US"},"audio":{"content":)"
                "\"" +
                pcm(8000, 61).toBase64() + "\"}}")
            << 400 << "Sync input too long";
        QTest::newRow("google unknown field")
            << QByteArray("POST") << "/v1/speech:recognize" << kGoogleJson
            << (R"({"config":{"languageCode":"en-US","encoding":"LINEAR16","sampleRateHertz":16000,"language":"en"},"audio":{"content":)"
                "\"" +
                b64 + "\"}}")
            << 400 << "Unknown name \"language\"";
        QTest::newRow("google tts text and ssml")
            << QByteArray("POST") << "/v1/text:synthesize" << kGoogleJson
            << QByteArray(
                   R"({"input":{"text":"a","ssml":"<speak>a</speak>"},"voice":{"languageCode":"en-US"},"audioConfig":{"audioEncoding":"MP3"}})")
            << 400 << "Exactly one";
        QTest::newRow("google tts over 5000 bytes")
            << QByteArray("POST") << "/v1/text:synthesize" << kGoogleJson
            << (R"({"input":{"text":)"
                "\"" +
                QString(2501, QChar(0x0416)).toUtf8() +
                "\"},\"voice\":{\"languageCode\":\"ru-RU\"},\"audioConfig\":{\"audioEncoding\":\"MP3\"}}")
            << 400 << "5000 bytes";
        QTest::newRow("google tts missing encoding")
            << QByteArray("POST") << "/v1/text:synthesize" << kGoogleJson
            << QByteArray(R"({"input":{"text":"a"},"voice":{"languageCode":"en-US"},"audioConfig":{}})")
            << 400 << "audio_encoding";
        QTest::newRow("google missing key")
            << QByteArray("GET") << "/v1/voices" << Headers{} << QByteArray() << 403 << "no credentials";
        QTest::newRow("yandex bearer without folderId")
            << QByteArray("POST") << "/speech/v1/stt:recognize?lang=en-US&format=lpcm&sampleRateHertz=16000"
            << Headers{{"Authorization", "Bearer test-key"}} << pcm(16000, 1) << 401
            << "folderId is required";
        QTest::newRow("yandex api key with folderId")
            << QByteArray("POST") << "/speech/v1/stt:recognize?format=lpcm&folderId=b1g"
            << Headers{{"Authorization", "Api-Key test-key"}} << pcm(16000, 1) << 401
            << "folderId must not be sent";
        QTest::newRow("yandex lpcm with wav header")
            << QByteArray("POST") << "/speech/v1/stt:recognize?format=lpcm&sampleRateHertz=16000"
            << Headers{{"Authorization", "Api-Key test-key"}}
            << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) + pcm(16000, 1) << 400
            << "without a container header";
        QTest::newRow("yandex over 1 MB")
            << QByteArray("POST") << "/speech/v1/stt:recognize?format=lpcm&sampleRateHertz=48000"
            << Headers{{"Authorization", "Api-Key test-key"}} << pcm(48000, 11) << 400 << "1MB";
        QTest::newRow("yandex lpcm over 30 s")
            << QByteArray("POST") << "/speech/v1/stt:recognize?format=lpcm&sampleRateHertz=8000"
            << Headers{{"Authorization", "Api-Key test-key"}} << pcm(8000, 31) << 400 << "less than 30s";
        QTest::newRow("yandex tts json body")
            << QByteArray("POST") << "/speech/v1/tts:synthesize"
            << Headers{{"Authorization", "Api-Key test-key"}, {"Content-Type", "application/json"}}
            << QByteArray(R"({"text":"hi"})") << 400 << "x-www-form-urlencoded";
        QTest::newRow("yandex tts unknown voice")
            << QByteArray("POST") << "/speech/v1/tts:synthesize"
            << Headers{{"Authorization", "Api-Key test-key"},
                       {"Content-Type", "application/x-www-form-urlencoded"}}
            << QByteArray("text=hi&voice=oksana") << 400 << "unknown voice";
        QTest::newRow("unknown path") << QByteArray("POST") << "/v1/audio/translate" << kOpenAiJson
                                      << QByteArray("{}") << 404 << "no mock endpoint";
    }
    void malformedRequestsAreRejectedAndRecorded()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, violation);
        QUrl target = m_server->baseUrl();
        const qsizetype question = path.indexOf(u'?');
        target.setPath(path.left(question));
        if (question >= 0)
            target.setQuery(path.mid(question + 1));
        const Answer answer = m_client->send(method, target, headers, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(m_server->violations().size(), 1);
        QVERIFY2(m_server->violations().first().contains(violation),
                 qPrintable(m_server->violations().first()));
        QCOMPARE(m_server->requests().first().violations.size(), 1);
        // Every vendor's error shape carries a message.
        const QJsonObject json = answer.json();
        QVERIFY(json.value(QLatin1String("error")).toObject().contains(QLatin1String("message")) ||
                json.contains(QLatin1String("error_message")));
    }

    void transcriptionMissingModelIsAViolation()
    {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        TestClient::addFile(multipart, "clip.wav", wavFromServer());
        const Answer answer = m_client->sendMultipart(
            url(Vendor::OpenAi, QStringLiteral("/audio/transcriptions")), kOpenAiAuth, multipart);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("invalid_request_error"));
        QCOMPARE(m_server->violations(),
                 QStringList{QStringLiteral("openai.transcriptions: you must provide a model parameter")});
    }

    void transcriptionRejectsFilesThatAreNotWhatTheirNameSays_data()
    {
        QTest::addColumn<QByteArray>("filename");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("violation");
        QTest::newRow("no extension") << QByteArray("clip") << QByteArray("model") << "Invalid file format";
        QTest::newRow("unsupported extension")
            << QByteArray("clip.aiff") << QByteArray("model") << "Invalid file format";
        QTest::newRow("array field without []")
            << QByteArray("clip.wav") << QByteArray("timestamp_granularities") << "timestamp_granularities[]";
    }
    void transcriptionRejectsFilesThatAreNotWhatTheirNameSays()
    {
        QFETCH(QByteArray, filename);
        QFETCH(QByteArray, field);
        QFETCH(QString, violation);
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        TestClient::addFile(multipart, filename, wavFromServer());
        TestClient::addField(multipart, "model", "whisper-1");
        if (field != "model")
            TestClient::addField(multipart, field, "word");
        const Answer answer = m_client->sendMultipart(
            url(Vendor::OpenAi, QStringLiteral("/audio/transcriptions")), kOpenAiAuth, multipart);
        QCOMPARE(answer.status, 400);
        QCOMPARE(m_server->violations().size(), 1);
        QVERIFY2(m_server->violations().first().contains(violation),
                 qPrintable(m_server->violations().first()));
    }

    void unknownKeysGetTheVendorsAuthErrorWithoutAViolation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("marker");
        QTest::newRow("openai") << "/v1/models" << Headers{{"Authorization", "Bearer sk-wrong-key-123"}}
                                << 401 << "invalid_api_key";
        QTest::newRow("google") << "/v1/voices" << Headers{{"x-goog-api-key", "wrong"}} << 400
                                << "API_KEY_INVALID";
        QTest::newRow("yandex") << "/speech/v1/stt:recognize" << Headers{{"Authorization", "Api-Key wrong"}}
                                << 401 << "UNAUTHORIZED";
    }
    void unknownKeysGetTheVendorsAuthErrorWithoutAViolation()
    {
        QFETCH(QString, path);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QString, marker);
        QUrl target = m_server->baseUrl();
        target.setPath(path);
        const Answer answer =
            m_client->send(path.contains(QLatin1String("stt")) ? "POST" : "GET", target, headers,
                           path.contains(QLatin1String("stt")) ? pcm(16000, 0.2) : QByteArray());
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.body.contains(marker.toUtf8()), answer.body.constData());
        QVERIFY(!answer.body.contains("sk-wrong-key-123")); // a key is never echoed whole
        QVERIFY(m_server->violations().isEmpty());
    }

    void configuredKeysReplaceTheDefault()
    {
        m_server->setApiKeys({QStringLiteral("k1")}, Endpoint::OpenAiModels);
        QCOMPARE(m_client->send("GET", url(Vendor::OpenAi, QStringLiteral("/models")), kOpenAiAuth).status,
                 401);
        QCOMPARE(m_client
                     ->send("GET", url(Vendor::OpenAi, QStringLiteral("/models")),
                            {{"Authorization", "Bearer k1"}})
                     .status,
                 200);
    }

    void bodiesOverTheCapGet413InTheVendorsShape()
    {
        m_server->setMaxBodyBytes(1024);
        const Answer answer = m_client->send("POST", url(Vendor::OpenAi, QStringLiteral("/audio/speech")),
                                             kOpenAiJson, QByteArray(4096, ' '));
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.json().value(QLatin1String("error")).toObject().contains(QLatin1String("type")));
        QCOMPARE(m_server->violations().size(), 1);
    }
};

QTEST_MAIN(TestMockServerViolations)
#include "tst_mockserverviolations.moc"
