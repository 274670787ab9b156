#include "core/registry/providerregistry.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"
#include "tests/support/finishedjob.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// The whole core wired as the CLI and GUI use it (config file, registry, factory, credentials,
// breakers, router) routing real OpenAI and Google clients against the loopback mock server.
class TestRoutingAgainstMock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<Runtime> m_runtime;

    static AudioClip oneSecondTone()
    {
        AudioClip clip;
        clip.sampleRate = 16000;
        clip.channels = 1;
        clip.samples.resize(16000);
        for (qsizetype i = 0; i < clip.samples.size(); ++i)
            clip.samples[i] = 0.3f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / 16000.0));
        return clip;
    }

    void writeConfig()
    {
        const QJsonObject config{
            {"version", 1},
            {"providers",
             QJsonObject{
                 {"openai_stt",
                  QJsonObject{
                      {"settings", QJsonObject{{"base_url", m_server.baseUrl(Vendor::OpenAi).toString()}}}}},
                 {"google_stt",
                  QJsonObject{
                      {"settings", QJsonObject{{"base_url", m_server.baseUrl(Vendor::Google).toString()}}}}},
             }},
            {"routing",
             QJsonObject{{"attempt_timeout_ms", 5000}, {"request_deadline_ms", 20000}, {"max_retries", 1}}},
        };
        QFile file(m_dir.filePath("config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
    }

    std::unique_ptr<RoutedTranscribeJob> transcribe()
    {
        return test::runToCompletion(
            m_runtime->router().transcribe(TranscriptionRequest{oneSecondTone(), "en-US", "tone.wav"}),
            20000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        if (!m_server.isListening())
            QVERIFY(m_server.listen());
        m_server.reset();
        m_server.setTranscript(QStringLiteral("turn on the lights"));
        qputenv("OPENAI_API_KEY", "test-key");
        qputenv("GOOGLE_API_KEY", "test-key");
        qunsetenv("YANDEX_API_KEY");
        qunsetenv("YANDEX_IAM_TOKEN");
        writeConfig();
        RuntimeOptions options;
        options.configPath = m_dir.filePath("config.json");
        // A fresh state per test: breaker and attention marks must not leak between tests.
        options.stateDirectory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        options.keychainService = QStringLiteral("voicedeck-routing-test");
        options.pluginPaths = QStringList{}; // cloud providers only: every outcome is the mock's
        auto runtime = Runtime::create(options);
        QVERIFY2(runtime.hasValue(), "the config written by the test must load");
        m_runtime = std::move(runtime).value();
        m_runtime->router().setOnlineCheck([] { return true; });
        QSignalSpy ready(&m_runtime->readiness(), &Readiness::ready);
        m_runtime->start();
        QVERIFY(ready.count() == 1 || ready.wait(30000));
    }

    void cleanup() { m_runtime.reset(); }

    void firstProviderAnswers()
    {
        const std::unique_ptr<RoutedTranscribeJob> job = transcribe();
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        QCOMPARE(job->provider(), QStringLiteral("openai_stt"));
        QCOMPARE(job->transcript().text, QStringLiteral("turn on the lights"));
        QCOMPARE(m_server.violations(), QStringList{});
        const QJsonObject trace = job->trace().toJson();
        QCOMPARE(trace.value("attempts").toArray().size(), 1);
        QVERIFY(trace.value("skipped").toArray().isEmpty()); // routing stopped at the first success
    }

    void serverErrorIsRetriedThenFallsBackToTheNextProvider()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(503).withRetryAfterMs(20));
        const std::unique_ptr<RoutedTranscribeJob> job = transcribe();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("google_stt"));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 2); // one retry
        const QJsonArray attempts = job->trace().toJson().value("attempts").toArray();
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(0).toObject().value("outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(attempts.at(0).toObject().value("error").toObject().value("http_status").toInt(), 503);
        QCOMPARE(attempts.at(2).toObject().value("provider").toString(), QStringLiteral("google_stt"));
        QCOMPARE(attempts.at(2).toObject().value("outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(m_server.violations(), QStringList{});
    }

    void rateLimitWithRetryAfterIsRetriedOnTheSameProvider()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions,
                          Fault::httpError(429, "rate_limit_exceeded").withRetryAfterMs(30), 1);
        const std::unique_ptr<RoutedTranscribeJob> job = transcribe();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("openai_stt"));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 2);
        QCOMPARE(m_server.requestCount(Endpoint::GoogleRecognize), 0);
    }

    void badKeyIsNotRetriedAndMarksTheProviderForAttention()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(401, "invalid_api_key"));
        const std::unique_ptr<RoutedTranscribeJob> job = transcribe();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("google_stt"));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 1);
        QVERIFY(m_runtime->resilience().needsAttention(QStringLiteral("openai_stt")));
    }

    void everyProviderFailingReportsTheLastError()
    {
        m_server.setFault(Endpoint::All, Fault::httpError(500));
        const std::unique_ptr<RoutedTranscribeJob> job = transcribe();
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::Server);
        const QJsonObject trace = job->trace().toJson();
        QCOMPARE(trace.value("attempts").toArray().size(), 4); // 2 providers x 2 tries
        const QJsonObject skipped = trace.value("skipped").toArray().at(0).toObject();
        QCOMPARE(skipped.value("provider").toString(), QStringLiteral("yandex_stt")); // no key for it
        QCOMPARE(skipped.value("reason").toString(), QStringLiteral("not_configured"));
    }

    void disabledProviderIsSkipped()
    {
        m_runtime->registry().setEnabled(QStringLiteral("openai_stt"), false);
        const std::unique_ptr<RoutedTranscribeJob> job = transcribe();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("google_stt"));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 0);
        const QJsonArray skipped = job->trace().toJson().value("skipped").toArray();
        QCOMPARE(skipped.at(0).toObject().value("provider").toString(), QStringLiteral("openai_stt"));
        QCOMPARE(skipped.at(0).toObject().value("reason").toString(), QStringLiteral("disabled"));
    }
};

QTEST_GUILESS_MAIN(TestRoutingAgainstMock)
#include "tst_routingagainstmock.moc"
