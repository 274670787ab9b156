// The mock provider server answers correct requests in each vendor's shape with real audio, and
// speaks HTTP/1.1 properly (chunked in both directions, keep-alive, body cap).

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

class TestMockServer : public QObject
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

    void listensOnLoopbackWithAChosenPort()
    {
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server->baseUrl(Vendor::OpenAi).path(), QStringLiteral("/v1"));
    }

    void openAiSpeechAnswersDecodableAudioInTheRequestedFormat_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("sndfileMajor"); // 0: not a libsndfile container
        QTest::newRow("wav") << QByteArray("wav") << QByteArray("audio/wav") << int(SF_FORMAT_WAV);
        QTest::newRow("flac") << QByteArray("flac") << QByteArray("audio/flac") << int(SF_FORMAT_FLAC);
        QTest::newRow("opus") << QByteArray("opus") << QByteArray("audio/opus") << int(SF_FORMAT_OGG);
        QTest::newRow("mp3") << QByteArray("mp3") << QByteArray("audio/mpeg") << int(SF_FORMAT_MPEG);
        QTest::newRow("aac") << QByteArray("aac") << QByteArray("audio/aac") << 0;
        QTest::newRow("pcm") << QByteArray("pcm") << QByteArray("audio/pcm") << 0;
    }
    void openAiSpeechAnswersDecodableAudioInTheRequestedFormat()
    {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, contentType);
        QFETCH(int, sndfileMajor);
        const Answer answer = m_client->send("POST", url(Vendor::OpenAi, QStringLiteral("/audio/speech")),
                                             kOpenAiJson, speechBody(format));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), contentType);
        QVERIFY(!answer.body.isEmpty());
        if (sndfileMajor != 0) {
            const DecodedInfo decoded = decodeWithSndfile(answer.body);
            QVERIFY(decoded.ok);
            QCOMPARE(decoded.format & SF_FORMAT_TYPEMASK, sndfileMajor);
            QCOMPARE(decoded.channels, 1);
        }
        if (format == "wav")
            QVERIFY(answer.body.startsWith("RIFF") && answer.body.mid(8, 4) == "WAVE");
        if (format == "pcm") // raw 24 kHz s16le: whole samples, about 60 ms per character
            QVERIFY(answer.body.size() % 2 == 0 && answer.body.size() > 24000);
        QVERIFY(m_server->violations().isEmpty());
    }

    void openAiSpeechIsSentWithChunkedTransferEncoding()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = speechBody("mp3");
        socket.write("POST /v1/audio/speech HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-key\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QTRY_VERIFY((received += socket.readAll()).endsWith("\r\n0\r\n\r\n"));
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(received.contains("\r\nTransfer-Encoding: chunked\r\n"));
        QVERIFY(!received.contains("Content-Length"));
    }

    void openAiTranscriptionAnswersJsonVerboseJsonAndText()
    {
        m_server->setTranscript(QStringLiteral("turn on the kitchen lights"));
        const QByteArray wav = wavFromServer();
        for (const QByteArray format : {"json", "verbose_json", "text"}) {
            auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            TestClient::addFile(multipart, "clip.wav", wav);
            TestClient::addField(multipart, "model", "whisper-1");
            TestClient::addField(multipart, "response_format", format);
            if (format == "verbose_json")
                TestClient::addField(multipart, "timestamp_granularities[]", "word");
            const Answer answer = m_client->sendMultipart(
                url(Vendor::OpenAi, QStringLiteral("/audio/transcriptions")), kOpenAiAuth, multipart);
            QCOMPARE(answer.status, 200);
            if (format == "text") {
                QVERIFY(answer.header("Content-Type").startsWith("text/plain"));
                QCOMPARE(answer.body, QByteArray("turn on the kitchen lights\n"));
                continue;
            }
            QCOMPARE(answer.json().value(QLatin1String("text")).toString(),
                     QStringLiteral("turn on the kitchen lights"));
            if (format == "verbose_json") {
                QCOMPARE(answer.json().value(QLatin1String("words")).toArray().size(), 5);
                QVERIFY(answer.json().value(QLatin1String("duration")).toDouble() > 0.5);
            }
        }
        QVERIFY2(m_server->violations().isEmpty(), qPrintable(m_server->violations().join(u'\n')));
        const RecordedRequest recorded = m_server->requests(Endpoint::OpenAiTranscriptions).first();
        QVERIFY(recorded.part(QStringLiteral("file")));
        QCOMPARE(recorded.part(QStringLiteral("file"))->filename, QStringLiteral("clip.wav"));
    }

    void openAiModelsListsModels()
    {
        const Answer answer =
            m_client->send("GET", url(Vendor::OpenAi, QStringLiteral("/models")), kOpenAiAuth);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QLatin1String("object")).toString(), QStringLiteral("list"));
        QVERIFY(!answer.json().value(QLatin1String("data")).toArray().isEmpty());
    }

    void googleRecognizeAnswersResultsWithTranscript()
    {
        m_server->setTranscript(QStringLiteral("set a timer"));
        const QByteArray body =
            R"({"config":{"encoding":"LINEAR16","sampleRateHertz":16000,"languageCode":"en-US"},"audio":{"content":)"
            "\"" +
            pcm(16000, 1.5).toBase64() + "\"}}";
        const Answer answer = m_client->send(
            "POST", url(Vendor::Google, QStringLiteral("/v1/speech:recognize")), kGoogleJson, body);
        QCOMPARE(answer.status, 200);
        const QJsonObject result = answer.json().value(QLatin1String("results")).toArray().first().toObject();
        const QJsonObject alternative =
            result.value(QLatin1String("alternatives")).toArray().first().toObject();
        QCOMPARE(alternative.value(QLatin1String("transcript")).toString(), QStringLiteral("set a timer"));
        QVERIFY(alternative.value(QLatin1String("confidence")).toDouble() > 0.0);
        QCOMPARE(result.value(QLatin1String("resultEndTime")).toString(), QStringLiteral("1.500s"));
        QCOMPARE(answer.json().value(QLatin1String("totalBilledTime")).toString(), QStringLiteral("2s"));
        QVERIFY(!answer.json().value(QLatin1String("requestId")).toString().isEmpty());
        QVERIFY(m_server->violations().isEmpty());
    }

    void googleSynthesizeLinear16IsBase64WavWithHeader()
    {
        const QByteArray body =
            R"({"input":{"text":"hello"},"voice":{"languageCode":"en-US","name":"en-US-Neural2-C"},"audioConfig":{"audioEncoding":"LINEAR16","sampleRateHertz":16000}})";
        const Answer answer = m_client->send(
            "POST", url(Vendor::Google, QStringLiteral("/v1/text:synthesize")), kGoogleJson, body);
        QCOMPARE(answer.status, 200);
        const QByteArray audio =
            QByteArray::fromBase64(answer.json().value(QLatin1String("audioContent")).toString().toLatin1());
        QVERIFY(audio.startsWith("RIFF"));
        const DecodedInfo decoded = decodeWithSndfile(audio);
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.sampleRate, 16000);
        QVERIFY(m_server->violations().isEmpty());
    }

    void googleVoicesFiltersByLanguage()
    {
        const Answer answer = m_client->send(
            "GET", url(Vendor::Google, QStringLiteral("/v1/voices"), QStringLiteral("languageCode=de-DE")),
            {{"x-goog-api-key", "test-key"}});
        QCOMPARE(answer.status, 200);
        const QJsonArray voices = answer.json().value(QLatin1String("voices")).toArray();
        QVERIFY(!voices.isEmpty());
        for (const QJsonValue& voice : voices)
            QCOMPARE(voice[QLatin1String("languageCodes")].toArray().first().toString(),
                     QStringLiteral("de-DE"));
    }

    void yandexRecognizeAnswersResult()
    {
        m_server->setTranscript(QStringLiteral("привет"), Endpoint::YandexRecognize);
        const Answer answer =
            m_client->send("POST",
                           url(Vendor::Yandex, QStringLiteral("/speech/v1/stt:recognize"),
                               QStringLiteral("lang=ru-RU&format=lpcm&sampleRateHertz=16000")),
                           {{"Authorization", "Api-Key test-key"}}, pcm(16000, 2.0));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QLatin1String("result")).toString(), QStringLiteral("привет"));
        QVERIFY(m_server->violations().isEmpty());
    }

    void yandexSynthesizeAnswersAudio_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<bool>("decodable");
        QTest::newRow("oggopus") << QByteArray("text=hello&lang=en-US&voice=john&format=oggopus") << true;
        QTest::newRow("mp3") << QByteArray("text=hello&lang=en-US&voice=john&format=mp3") << true;
        QTest::newRow("lpcm") << QByteArray(
                                     "text=hello&lang=en-US&voice=john&format=lpcm&sampleRateHertz=16000")
                              << false;
    }
    void yandexSynthesizeAnswersAudio()
    {
        QFETCH(QByteArray, form);
        QFETCH(bool, decodable);
        const Answer answer = m_client->send(
            "POST", url(Vendor::Yandex, QStringLiteral("/speech/v1/tts:synthesize")),
            {{"Authorization", "Bearer test-key"}, {"Content-Type", "application/x-www-form-urlencoded"}},
            form + "&folderId=b1gfolder");
        QCOMPARE(answer.status, 200);
        if (decodable)
            QVERIFY(decodeWithSndfile(answer.body).ok);
        else
            QVERIFY(answer.body.size() % 2 == 0 && answer.body.size() >= 16000 * 2 * 3 / 10);
        QCOMPARE(m_server->requests().first().formField(QStringLiteral("voice")), QStringLiteral("john"));
        QVERIFY(m_server->violations().isEmpty());
    }

    void keepAliveServesRequestsOneAfterAnotherOnOneConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request =
            "GET /v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\r\n\r\n";
        socket.write(request + request); // both at once: answered in order, one at a time
        QByteArray received;
        QTRY_COMPARE((received += socket.readAll()).count("HTTP/1.1 200 OK"), 2);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_server->requestCount(Endpoint::OpenAiModels), 2);
    }

    void recordsAreCappedButCountsAreNot()
    {
        m_server->setRecordLimit(2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                m_client->send("GET", url(Vendor::OpenAi, QStringLiteral("/models")), kOpenAiAuth).status,
                200);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().first().sequence, 2);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void refusingUrlRefusesConnections()
    {
        const Answer answer = m_client->send("GET", MockProviderServer::refusingUrl());
        QCOMPARE(answer.error, QNetworkReply::ConnectionRefusedError);
    }

    void chunkedRequestBodiesAreReassembled()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray audio = pcm(16000, 0.5);
        QByteArray request =
            "POST /speech/v1/stt:recognize?format=lpcm&sampleRateHertz=16000 HTTP/1.1\r\nHost: x\r\n"
            "Authorization: Api-Key test-key\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (qsizetype offset = 0; offset < audio.size(); offset += 3000)
            request += QByteArray::number(qMin<qsizetype>(3000, audio.size() - offset), 16) + ";ext=1\r\n" +
                       audio.mid(offset, 3000) + "\r\n";
        socket.write(request + "0\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY((received += socket.readAll()).contains("\"result\""));
        QCOMPARE(m_server->requests().first().body, audio);
        QVERIFY(m_server->violations().isEmpty());
    }
};

QTEST_MAIN(TestMockServer)
#include "tst_mockserver.moc"
