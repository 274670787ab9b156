#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QJsonArray>

using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// `voicedeck-cli bench`: N requests per provider with C in flight; percentiles, errors by kind
// and throughput, against the loopback mock and the offline engines.
class TestCliBench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_wav;

    static QJsonObject provider(const CliRunner::Run& run, const QString& name)
    {
        for (const QJsonValue& value : run.json().value(u"providers").toArray()) {
            if (value[u"provider"].toString() == name)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_cli = std::make_unique<CliRunner>(m_dir);
        m_wav = m_cli->path("hello.wav");
        QCOMPARE(m_cli->run({"speak", "hello there", "--provider", "flite_tts", "--output", m_wav}).exitCode,
                 0);
        const QString openai = m_server.baseUrl(Vendor::OpenAi).toString();
        m_cli->writeConfig(QJsonObject{
            {"providers",
             QJsonObject{{"openai_stt", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                         {"openai_tts", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                         {"pocketsphinx_stt", QJsonObject{{"enabled", false}}}}}});
        m_cli->setEnv("OPENAI_API_KEY", "test-key");
    }

    void init() { m_server.reset(); }

    void measuresEveryRequestAgainstTheMock()
    {
        const CliRunner::Run run =
            m_cli->run({"bench", m_wav, "--requests", "12", "--concurrency", "4", "--json"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.json()[u"category"].toString(), QStringLiteral("stt"));
        QCOMPARE(run.json()[u"requests"].toInt(), 12);
        QCOMPARE(run.json()[u"concurrency"].toInt(), 4);
        const QJsonObject openai = provider(run, "openai_stt");
        QCOMPARE(openai[u"requests"].toInt(), 12);
        QCOMPARE(openai[u"ok"].toInt(), 12);
        QVERIFY(openai[u"errors"].toObject().isEmpty());
        const QJsonObject latency = openai[u"latency_ms"].toObject();
        QVERIFY(latency[u"p50"].toDouble() > 0);
        QVERIFY(latency[u"p50"].toDouble() <= latency[u"p95"].toDouble());
        QVERIFY(latency[u"p95"].toDouble() <= latency[u"p99"].toDouble());
        QVERIFY(openai[u"throughput_rps"].toDouble() > 0);
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 12);
        QCOMPARE(m_server.violations(), QStringList{});
    }

    void countsErrorsByKindWithoutRetries()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(500), 3);
        m_server.queueFault(Endpoint::OpenAiTranscriptions, Fault::httpError(429), 2);
        const CliRunner::Run run =
            m_cli->run({"bench", m_wav, "--provider", "openai_stt", "--requests", "10", "--json"});
        VD_COMPARE_EXIT(run, 0);
        const QJsonObject openai = provider(run, "openai_stt");
        QCOMPARE(openai[u"ok"].toInt(), 5);
        QCOMPARE(openai[u"errors"][u"server"].toInt(), 3);
        QCOMPARE(openai[u"errors"][u"rate_limited"].toInt(), 2);
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 10); // no retries
    }

    void allFailedExitsOneAndLeavesBreakersAlone()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(503));
        const CliRunner::Run run =
            m_cli->run({"bench", m_wav, "--provider", "openai_stt", "--requests", "6", "--json"});
        VD_COMPARE_EXIT(run, 1);
        QCOMPARE(provider(run, "openai_stt")[u"errors"][u"server"].toInt(), 6);
        QVERIFY(provider(run, "openai_stt")[u"latency_ms"][u"p50"].isNull());
        // A benchmark measures; it does not trip the breaker real requests depend on.
        const CliRunner::Run listed = m_cli->run({"providers", "--json"});
        for (const QJsonValue& p : listed.json().value(u"providers").toArray()) {
            if (p[u"name"].toString() == u"openai_stt")
                QCOMPARE(p[u"breaker_state"].toString(), QStringLiteral("CLOSED"));
        }
    }

    void benchmarksTextToSpeechWithText()
    {
        const CliRunner::Run run = m_cli->run({"bench", "--text", "hello", "--provider", "flite_tts",
                                               "--provider", "openai_tts", "--requests", "3"});
        VD_COMPARE_EXIT(run, 0);
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains("P95"));
        QVERIFY2(lines.at(1).startsWith("flite_tts") && lines.at(1).contains("    3     3"),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith("openai_tts"));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiSpeech), 3);
    }

    void namedProviderWithoutKeyIsReported()
    {
        const CliRunner::Run run =
            m_cli->run({"bench", m_wav, "--provider", "google_stt", "--requests", "2", "--json"});
        VD_COMPARE_EXIT(run, 1);
        QCOMPARE(provider(run, "google_stt")[u"error"][u"kind"].toString(), QStringLiteral("not_configured"));
        QVERIFY(run.err.contains("GOOGLE_API_KEY"));
    }

    void invalidArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nothing to send") << QStringList{"bench"} << "FILE";
        QTest::newRow("file and text") << QStringList{"bench", "a.wav", "--text", "hi"} << "either";
        QTest::newRow("empty text") << QStringList{"bench", "--text", "  "} << "empty";
        QTest::newRow("missing file") << QStringList{"bench", "/nonexistent/a.wav"} << "/nonexistent/a.wav";
        QTest::newRow("zero requests")
            << QStringList{"bench", "--text", "hi", "--requests", "0"} << "--requests";
        QTest::newRow("too many requests")
            << QStringList{"bench", "--text", "hi", "--requests", "10001"} << "10000";
        QTest::newRow("bad concurrency")
            << QStringList{"bench", "--text", "hi", "--concurrency", "x"} << "--concurrency";
        QTest::newRow("wrong category")
            << QStringList{"bench", "--text", "hi", "--provider", "openai_stt"} << "tts provider";
        QTest::newRow("unknown provider")
            << QStringList{"bench", "--text", "hi", "--provider", "nope"} << "nope";
    }
    void invalidArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_VERIFY_USAGE_ERROR(run, mentions);
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_clibench.moc"
