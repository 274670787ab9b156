// Injected faults behave as specified on the wire, and the control API drives the server from
// another client or process.

#include "tests/support/mockserver/mockproviderserver.h"
#include "tests/support/mockserver/testclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace vd::test;

namespace {
const Headers kOpenAiAuth{{"Authorization", "Bearer test-key"}};
const Headers kOpenAiJson{{"Authorization", "Bearer test-key"}, {"Content-Type", "application/json"}};
const Headers kGoogleKey{{"x-goog-api-key", "test-key"}};
const QByteArray kSpeech =
    R"({"model":"tts-1","input":"Hello there.","voice":"nova","response_format":"wav"})";
} // namespace

class TestMockServerFaults : public QObject
{
    Q_OBJECT

private:
    QUrl at(const QString& path) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        return u;
    }
    Answer models(int transferTimeoutMs = 0)
    {
        return m_client->send("GET", at(QStringLiteral("/v1/models")), kOpenAiAuth, {}, transferTimeoutMs);
    }
    Answer voices() { return m_client->send("GET", at(QStringLiteral("/v1/voices")), kGoogleKey); }

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

    void httpErrorSendsTheVendorsBodyForTheNextRequestsOnly_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field"); // path into the error body: "a.b"
        QTest::addColumn<QString>("value");
        QTest::newRow("openai 429") << Endpoint::OpenAiModels << Fault::httpError(429) << 429 << "error.code"
                                    << "rate_limit_exceeded";
        QTest::newRow("openai quota")
            << Endpoint::OpenAiModels << Fault::httpError(429, QStringLiteral("insufficient_quota")) << 429
            << "error.type"
            << "insufficient_quota";
        QTest::newRow("openai 500") << Endpoint::OpenAiModels << Fault::httpError(500) << 500 << "error.type"
                                    << "server_error";
        QTest::newRow("google 503") << Endpoint::GoogleVoices << Fault::httpError(503) << 503
                                    << "error.status"
                                    << "UNAVAILABLE";
        QTest::newRow("google 429") << Endpoint::GoogleVoices << Fault::httpError(429) << 429
                                    << "error.status"
                                    << "RESOURCE_EXHAUSTED";
        QTest::newRow("google bad key")
            << Endpoint::GoogleVoices << Fault::httpError(400, QStringLiteral("API_KEY_INVALID")) << 400
            << "error.reason"
            << "API_KEY_INVALID";
    }
    void httpErrorSendsTheVendorsBodyForTheNextRequestsOnly()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(Fault, fault);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, value);
        m_server->setFault(endpoint, fault, 2);
        for (int i = 0; i < 2; ++i) {
            const Answer answer = endpoint == Endpoint::GoogleVoices ? voices() : models();
            QCOMPARE(answer.status, status);
            const QJsonObject error = answer.json().value(QLatin1String("error")).toObject();
            const QString key = field.section(u'.', 1);
            const QString actual =
                key == QLatin1String("reason")
                    ? error[QLatin1String("details")][0][QLatin1String("reason")].toString()
                    : error.value(key).toString();
            QCOMPARE(actual, value);
        }
        QCOMPARE((endpoint == Endpoint::GoogleVoices ? voices() : models()).status, 200);
        QCOMPARE(m_server->requests().first().fault, QStringLiteral("http_error"));
        QVERIFY(m_server->violations().isEmpty());
    }

    void httpErrorCarriesRetryAfterHeaders()
    {
        m_server->setFault(Endpoint::OpenAiSpeech,
                           Fault::httpError(429).withRetryAfter("7").withRetryAfterMs(1500), 1);
        const QByteArray date = HttpResponse::httpDate(QDateTime::currentDateTimeUtc().addSecs(30));
        m_server->queueFault(Endpoint::OpenAiSpeech, Fault::httpError(503).withRetryAfter(date), 1);
        const Answer first =
            m_client->send("POST", at(QStringLiteral("/v1/audio/speech")), kOpenAiJson, kSpeech);
        QCOMPARE(first.status, 429);
        QCOMPARE(first.header("Retry-After"), QByteArray("7"));
        QCOMPARE(first.header("retry-after-ms"), QByteArray("1500"));
        const Answer second =
            m_client->send("POST", at(QStringLiteral("/v1/audio/speech")), kOpenAiJson, kSpeech);
        QCOMPARE(second.status, 503);
        QCOMPARE(second.header("Retry-After"), date);
        QCOMPARE(m_client->send("POST", at(QStringLiteral("/v1/audio/speech")), kOpenAiJson, kSpeech).status,
                 200);
    }

    void yandexErrorsUseItsOwnShape()
    {
        m_server->setFault(Endpoint::All, Fault::httpError(429));
        const Answer answer = m_client->send(
            "POST", at(QStringLiteral("/speech/v1/tts:synthesize")),
            {{"Authorization", "Api-Key test-key"}, {"Content-Type", "application/x-www-form-urlencoded"}},
            "text=hi");
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.json().value(QLatin1String("error_code")).toString(),
                 QStringLiteral("TOO_MANY_REQUESTS"));
        QVERIFY(!answer.json().value(QLatin1String("error_message")).toString().isEmpty());
    }

    void endpointFaultWinsOverTheAllFault()
    {
        m_server->setFault(Endpoint::All, Fault::httpError(500));
        m_server->setFault(Endpoint::OpenAiModels, Fault::httpError(503));
        QCOMPARE(models().status, 503);
        QCOMPARE(voices().status, 500);
        m_server->clearFaults();
        QCOMPARE(models().status, 200);
    }

    void contentFaultsChangeTheBody_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QByteArray>("body"); // exact body, or empty to skip
        QTest::newRow("invalid json")
            << Fault::Kind::InvalidJson << QByteArray("application/json") << false << QByteArray();
        QTest::newRow("html page") << Fault::Kind::WrongContentType << QByteArray("text/html") << false
                                   << QByteArray();
        QTest::newRow("wrong shape") << Fault::Kind::WrongShape << QByteArray("application/json") << true
                                     << QByteArray(R"({"voices":"en-US-Standard-A"})");
        QTest::newRow("empty result")
            << Fault::Kind::EmptyResult << QByteArray("application/json") << true << QByteArray("{}");
    }
    void contentFaultsChangeTheBody()
    {
        QFETCH(Fault::Kind, kind);
        QFETCH(QByteArray, contentType);
        QFETCH(bool, parses);
        QFETCH(QByteArray, body);
        m_server->setFault(Endpoint::GoogleVoices, Fault::of(kind));
        const Answer answer = voices();
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith(contentType));
        QJsonParseError error;
        QJsonDocument::fromJson(answer.body, &error);
        QCOMPARE(error.error == QJsonParseError::NoError, parses);
        if (!body.isEmpty())
            QCOMPARE(answer.body, body);
    }

    void emptyOpenAiTranscriptIsAnEmptyText()
    {
        m_server->setFault(Endpoint::OpenAiTranscriptions, Fault::of(Fault::Kind::EmptyResult));
        const Answer answer =
            m_client->send("POST", at(QStringLiteral("/v1/audio/transcriptions")), kOpenAiAuth, "x");
        QCOMPARE(answer.body, QByteArray(R"({"text":""})"));
        QCOMPARE(m_server->violations().size(), 1); // the request itself was still checked
    }

    void truncatedBodyAndResetEndInANetworkError_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::newRow("truncated") << Fault::Kind::TruncatedBody;
        QTest::newRow("reset") << Fault::Kind::ResetMidBody;
        QTest::newRow("close before answering") << Fault::Kind::CloseBeforeAnswer;
    }
    void truncatedBodyAndResetEndInANetworkError()
    {
        QFETCH(Fault::Kind, kind);
        m_server->setFault(Endpoint::OpenAiSpeech, Fault::of(kind)); // always: QNAM may resend once
        const Answer answer =
            m_client->send("POST", at(QStringLiteral("/v1/audio/speech")), kOpenAiJson, kSpeech);
        QVERIFY(answer.finished);
        if (kind == Fault::Kind::TruncatedBody) {
            // Qt 6.4 does not always report a body cut short of its Content-Length as an error (a
            // full-suite run saw NoError once; HttpJob checks the length itself for that reason).
            // What the mock must do is send less than it announced.
            QVERIFY(answer.body.size() < answer.header("Content-Length").toLongLong());
        } else {
            QVERIFY2(answer.error != QNetworkReply::NoError, qPrintable(QString::number(answer.error)));
        }
        QCOMPARE(m_server->requests().last().fault, Fault::kindName(kind));
        m_server->clearFaults();
        QCOMPARE(m_client->send("POST", at(QStringLiteral("/v1/audio/speech")), kOpenAiJson, kSpeech).status,
                 200);
    }

    void hangIsOnlyEndedByTheClientsTimeout()
    {
        m_server->setFault(Endpoint::OpenAiModels, Fault::of(Fault::Kind::Hang));
        const Answer answer = models(300);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QCOMPARE(m_server->requests().first().status, 0);
        QCOMPARE(m_server->requests().first().fault, QStringLiteral("hang"));
    }

    void delayHoldsTheAnswerWhileOthersAreServed()
    {
        m_server->setFault(Endpoint::OpenAiModels, Fault::delay(60000));
        QNetworkRequest request(at(QStringLiteral("/v1/models")));
        request.setRawHeader("Authorization", "Bearer test-key");
        std::unique_ptr<QNetworkReply> delayed(m_client->nam().get(request));
        QTRY_COMPARE(m_server->requestCount(Endpoint::OpenAiModels), 1);
        QCOMPARE(voices().status, 200); // served later, answered first
        QVERIFY(!delayed->isFinished());
        delayed->abort();
    }

    void slowDripSendsTheBodyInManyPieces()
    {
        m_server->setFault(Endpoint::GoogleVoices, Fault::slowDrip(500));
        const Answer answer = voices();
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.json().value(QLatin1String("voices")).toArray().isEmpty());
        QVERIFY2(answer.readyReads >= 3, qPrintable(QString::number(answer.readyReads)));
    }

    void oversizedBodyIsStreamedUntilTheClientGivesUp_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked") << true;
    }
    void oversizedBodyIsStreamedUntilTheClientGivesUp()
    {
        QFETCH(bool, chunked);
        const qint64 huge = 200LL * 1024 * 1024;
        m_server->setFault(Endpoint::OpenAiModels, Fault::oversized(huge, chunked), 1);
        QNetworkRequest request(at(QStringLiteral("/v1/models")));
        request.setRawHeader("Authorization", "Bearer test-key");
        std::unique_ptr<QNetworkReply> reply(m_client->nam().get(request));
        qint64 received = 0;
        connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
            received += reply->readAll().size();
            if (received > 4 * 1024 * 1024)
                reply->abort(); // what a capped client does
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QVERIFY(received > 4 * 1024 * 1024);
        if (!chunked)
            QVERIFY(reply->rawHeader("Content-Length").toLongLong() > huge);
        QCOMPARE(models().status, 200); // the server is still serving
    }

    void controlApiDrivesTheServerFromAnotherClient()
    {
        TestClient control;
        const QByteArray fault =
            R"({"endpoint":"openai.models","fault":"http_error","status":503,"count":1,"retry_after":2})";
        QCOMPARE(control
                     .send("POST", at(QStringLiteral("/__mock/fault")),
                           {{"Content-Type", "application/json"}}, fault)
                     .status,
                 200);
        const Answer failed = models();
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.header("Retry-After"), QByteArray("2"));
        QCOMPARE(m_client->send("GET", at(QStringLiteral("/v1/models"))).status, 401); // a violation: no key

        const QJsonArray requests = control.send("GET", at(QStringLiteral("/__mock/requests")))
                                        .json()
                                        .value(QLatin1String("requests"))
                                        .toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0][QLatin1String("fault")].toString(), QStringLiteral("http_error"));
        QCOMPARE(requests[0][QLatin1String("endpoint")].toString(), QStringLiteral("openai.models"));
        QCOMPARE(requests[0][QLatin1String("headers")][QLatin1String("authorization")].toString(),
                 QStringLiteral("Bearer test-key"));
        const QJsonArray violations = control.send("GET", at(QStringLiteral("/__mock/violations")))
                                          .json()
                                          .value(QLatin1String("violations"))
                                          .toArray();
        QCOMPARE(violations.size(), 1);

        QCOMPARE(
            control.send("POST", at(QStringLiteral("/__mock/config")), {}, R"({"transcript":"from afar"})")
                .status,
            200);
        QCOMPARE(m_server->settings(Endpoint::YandexRecognize).transcript, QStringLiteral("from afar"));
        QCOMPARE(control.send("POST", at(QStringLiteral("/__mock/reset"))).status, 200);
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(m_server->violations().isEmpty());
        QCOMPARE(
            control.send("POST", at(QStringLiteral("/__mock/fault")), {}, R"({"fault":"explode"})").status,
            400);
    }

    void executableReportsItsPortAndServes()
    {
        const QString binary = qEnvironmentVariable("VOICEDECK_BIN_DIR") + QStringLiteral("/vd-mock-server");
        if (!QFileInfo::exists(binary))
            QSKIP("vd-mock-server not built next to the tests (VOICEDECK_BIN_DIR)");
        QProcess process;
        process.start(binary, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"),
                               QStringLiteral("cli-key"), QStringLiteral("--transcript"),
                               QStringLiteral("over the wire")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += process.readAllStandardOutput()).contains('\n'), 10000);
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        const QUrl base(QString::fromLatin1(line.mid(13).trimmed()));
        QVERIFY(base.port() > 0);

        QUrl target = base;
        target.setPath(QStringLiteral("/speech/v1/stt:recognize"));
        target.setQuery(QStringLiteral("format=lpcm&sampleRateHertz=8000"));
        const Answer answer =
            m_client->send("POST", target, {{"Authorization", "Api-Key cli-key"}}, QByteArray(1600, '\0'));
        QCOMPARE(answer.json().value(QLatin1String("result")).toString(), QStringLiteral("over the wire"));
        target.setPath(QStringLiteral("/__mock/violations"));
        target.setQuery(QString());
        QCOMPARE(m_client->send("GET", target).json().value(QLatin1String("violations")).toArray().size(), 0);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
};

QTEST_MAIN(TestMockServerFaults)
#include "tst_mockserverfaults.moc"
