#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QJsonArray>

using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// `voicedeck-cli compare FILE [--reference TEXT]`: every enabled, configured STT provider on one
// file at once (cloud clients against the loopback mock, PocketSphinx offline).
class TestCliCompare : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_wav;

    void writeConfig(bool pocketsphinx)
    {
        const QString openai = m_server.baseUrl(Vendor::OpenAi).toString();
        const QString google = m_server.baseUrl(Vendor::Google).toString();
        m_cli->writeConfig(QJsonObject{
            {"providers",
             QJsonObject{{"openai_stt", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                         {"google_stt", QJsonObject{{"settings", QJsonObject{{"base_url", google}}}}},
                         {"pocketsphinx_stt", QJsonObject{{"enabled", pocketsphinx}}}}},
            {"routing", QJsonObject{{"max_retries", 0}}},
        });
    }

    static QJsonObject result(const CliRunner::Run& run, const QString& provider)
    {
        for (const QJsonValue& value : run.json().value(u"results").toArray()) {
            if (value[u"provider"].toString() == provider)
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
        m_wav = m_cli->path("lights.wav");
        const CliRunner::Run spoken =
            m_cli->run({"speak", "turn on the kitchen lights", "--provider", "flite_tts", "--output", m_wav});
        VD_COMPARE_EXIT(spoken, 0);
        m_cli->setEnv("OPENAI_API_KEY", "test-key");
        m_cli->setEnv("GOOGLE_API_KEY", "test-key");
    }

    void init()
    {
        m_server.reset();
        m_server.setTranscript("turn on the kitchen lights");
        writeConfig(false);
    }

    void runsEveryConfiguredProviderInPriorityOrderWithWer()
    {
        writeConfig(true);
        m_server.setTranscript("turn on the kitchen light", Endpoint::GoogleRecognize);
        const CliRunner::Run run =
            m_cli->run({"compare", m_wav, "--reference", "turn on the kitchen lights", "--json"});
        VD_COMPARE_EXIT(run, 0);
        const QJsonArray results = run.json().value(u"results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0)[u"provider"].toString(), QStringLiteral("openai_stt"));
        QCOMPARE(results.at(1)[u"provider"].toString(), QStringLiteral("google_stt"));
        QCOMPARE(results.at(2)[u"provider"].toString(), QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(result(run, "openai_stt")[u"outcome"].toString(), QStringLiteral("ok"));
        QCOMPARE(result(run, "openai_stt")[u"wer"].toDouble(), 0.0);
        QCOMPARE(result(run, "google_stt")[u"wer"].toDouble(), 0.2);
        QVERIFY(result(run, "openai_stt")[u"latency_ms"].toDouble() > 0);
        QVERIFY2(result(run, "pocketsphinx_stt")[u"wer"].toDouble() <= 0.25, run.out.constData());
        QCOMPARE(run.json()[u"skipped"].toArray().at(0)[u"provider"].toString(),
                 QStringLiteral("yandex_stt"));
        QCOMPARE(run.json()[u"skipped"].toArray().at(0)[u"reason"].toString(),
                 QStringLiteral("not_configured"));
    }

    void withoutReferenceWerIsNull()
    {
        const CliRunner::Run run = m_cli->run({"compare", m_wav, "--json"});
        VD_COMPARE_EXIT(run, 0);
        QVERIFY(result(run, "openai_stt")[u"wer"].isNull());
        QCOMPARE(result(run, "openai_stt")[u"text"].toString(), QStringLiteral("turn on the kitchen lights"));
    }

    void oneFailureStillSucceedsAndIsReported()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(500));
        const CliRunner::Run run = m_cli->run({"compare", m_wav, "--json"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(result(run, "openai_stt")[u"outcome"].toString(), QStringLiteral("failed"));
        QCOMPARE(result(run, "openai_stt")[u"error"][u"kind"].toString(), QStringLiteral("server"));
        QVERIFY(result(run, "openai_stt")[u"text"].isNull());
        QCOMPARE(result(run, "google_stt")[u"outcome"].toString(), QStringLiteral("ok"));
    }

    void allFailedExitsOne()
    {
        m_server.setFault(Endpoint::All, Fault::httpError(503));
        const CliRunner::Run run = m_cli->run({"compare", m_wav, "--json"});
        VD_COMPARE_EXIT(run, 1);
        QCOMPARE(run.json()[u"ok"].toBool(), false);
        QCOMPARE(run.json()[u"results"].toArray().size(), 2);
        QVERIFY2(run.err.contains("every STT provider failed"), run.err.constData());
    }

    void noConfiguredProviderExitsOneAndSaysWhy()
    {
        CliRunner bare(m_dir); // no keys, PocketSphinx disabled by the config
        const CliRunner::Run run = bare.run({"compare", m_wav});
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains("no STT provider"), run.err.constData());
    }

    void textModePrintsATable()
    {
        const CliRunner::Run run =
            m_cli->run({"compare", m_wav, "--reference", "turn on the kitchen lights"});
        VD_COMPARE_EXIT(run, 0);
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains("WER"));
        QVERIFY2(lines.at(1).contains("openai_stt") && lines.at(1).contains("0.000") &&
                     lines.at(1).contains("turn on the kitchen lights"),
                 qPrintable(lines.at(1)));
    }

    void inputErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no file") << QStringList{"compare"} << "exactly one audio file";
        QTest::newRow("two files") << QStringList{"compare", "a.wav", "b.wav"} << "exactly one audio file";
        QTest::newRow("missing file")
            << QStringList{"compare", "/nonexistent/take.wav"} << "/nonexistent/take.wav";
    }
    void inputErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_VERIFY_USAGE_ERROR(run, mentions);
    }

    void corruptAudioExitsTwo()
    {
        const QString path = m_cli->path("noise.wav");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const CliRunner::Run run = m_cli->run({"compare", path});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY(run.err.contains("noise.wav"));
        QCOMPARE(m_server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
