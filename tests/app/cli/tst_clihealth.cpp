#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <csignal>

using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// `voicedeck-cli health`: active probes through the core's HealthMonitor, against the offline
// providers and the loopback mock server, as a real process (PRODUCT.md §4).
class TestCliHealth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<CliRunner> m_cli;

    static QJsonObject row(const CliRunner::Run& run, const QString& provider)
    {
        for (const QJsonValue& value : run.json().value(u"providers").toArray()) {
            if (value[u"provider"].toString() == provider)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server.reset();
        // A fresh config and state per test: health marks must not leak from one test to the next.
        const QString sub = QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(QDir(m_dir.path()).mkpath(sub));
        m_cli = std::make_unique<CliRunner>(m_dir);
        m_cli->setEnv(QStringLiteral("VOICEDECK_CONFIG"),
                      m_dir.filePath(sub + QStringLiteral("/config.json")));
        m_cli->setEnv(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(sub + QStringLiteral("/data")));
        m_cli->setEnv(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key"));
        QFile file(m_dir.filePath(sub + QStringLiteral("/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{
                    {"providers",
                     QJsonObject{{"openai_stt",
                                  QJsonObject{{"settings",
                                               QJsonObject{{"base_url",
                                                            m_server.baseUrl(Vendor::OpenAi).toString()}}}}},
                                 {"openai_tts",
                                  QJsonObject{{"settings",
                                               QJsonObject{{"base_url",
                                                            m_server.baseUrl(Vendor::OpenAi).toString()}}}}},
                                 // PocketSphinx takes seconds to load its model: not in these tests.
                                 {"pocketsphinx_stt", QJsonObject{{"enabled", false}}}}},
                })
                .toJson());
    }

    void probesEveryEnabledConfiguredProviderAndListsTheRest()
    {
        const CliRunner::Run run = m_cli->run({"health", "--json"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value(u"ok").toBool(), true);
        QCOMPARE(row(run, "openai_stt").value(u"outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(row(run, "openai_stt").value(u"status").toString(), QStringLiteral("HEALTHY"));
        QVERIFY(row(run, "openai_stt").value(u"latency_ms").isDouble());
        QCOMPARE(row(run, "flite_tts").value(u"outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(row(run, "google_stt").value(u"outcome").toString(), QStringLiteral("skipped"));
        QCOMPARE(row(run, "google_stt").value(u"reason").toString(), QStringLiteral("not_configured"));
        QCOMPARE(row(run, "pocketsphinx_stt").value(u"reason").toString(), QStringLiteral("disabled"));
        QVERIFY(m_server.requestCount(Endpoint::OpenAiModels) >= 1);
    }

    void printsATableInTextMode()
    {
        const CliRunner::Run run =
            m_cli->run({"health", "--provider", "openai_stt", "--provider", "flite_tts"});
        VD_COMPARE_EXIT(run, 0);
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("PROVIDER"));
        QVERIFY2(lines.at(1).contains("openai_stt") && lines.at(1).contains("HEALTHY") &&
                     lines.at(1).contains(" ms"),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).contains("flite_tts"));
    }

    void rejectedKeyMakesTheProviderUnhealthyAndExitsOne()
    {
        m_server.setFault(Endpoint::OpenAiModels, Fault::httpError(401));
        const CliRunner::Run run = m_cli->run({"health", "--provider", "openai_stt", "--json"});
        VD_COMPARE_EXIT(run, 1);
        const QJsonObject openai = row(run, "openai_stt");
        QCOMPARE(openai.value(u"outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(openai.value(u"status").toString(), QStringLiteral("UNHEALTHY"));
        QCOMPARE(openai[u"error"][u"kind"].toString(), QStringLiteral("auth"));
        QVERIFY(!openai[u"error"][u"message"].toString().isEmpty());
    }

    void serverErrorDegradesWithoutFailingTheCommand()
    {
        m_server.setFault(Endpoint::OpenAiModels, Fault::httpError(500));
        const CliRunner::Run run = m_cli->run({"health", "--provider", "openai_stt", "--json"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(row(run, "openai_stt").value(u"status").toString(), QStringLiteral("DEGRADED"));
        QCOMPARE(row(run, "openai_stt")[u"error"][u"kind"].toString(), QStringLiteral("server"));
    }

    void probeBudgetStopsAutomaticProbesAndSaysWhy()
    {
        // Issue #14: a metered API gets at most its probe budget; the setting is schema-validated.
        VD_COMPARE_EXIT(
            m_cli->run({"config", "set", "providers.openai_stt.settings.probe_budget_per_day", "-1"}), 2);
        VD_COMPARE_EXIT(
            m_cli->run({"config", "set", "providers.openai_stt.settings.probe_budget_per_day", "1"}), 0);
        const CliRunner::Run first = m_cli->run({"health", "--json"});
        VD_COMPARE_EXIT(first, 0);
        QCOMPARE(row(first, "openai_stt").value(u"outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(row(first, "openai_stt").value(u"probe_budget").toObject(),
                 (QJsonObject{{"per_hour", 0}, {"per_day", 1}, {"used_last_hour", 1}, {"used_last_day", 1}}));
        QVERIFY(!row(first, "openai_tts").contains(u"probe_budget")); // no budget set: no field

        const CliRunner::Run second = m_cli->run({"health", "--json"});
        VD_COMPARE_EXIT(second, 0);
        const QJsonObject openai = row(second, "openai_stt");
        QCOMPARE(openai.value(u"outcome").toString(), QStringLiteral("skipped"));
        QCOMPARE(openai.value(u"reason").toString(), QStringLiteral("probe_budget"));
        QCOMPARE(openai.value(u"message").toString(), QStringLiteral("probe budget of 1/day used"));
        QCOMPARE(row(second, "openai_tts").value(u"outcome").toString(), QStringLiteral("ok"));

        const CliRunner::Run text = m_cli->run({"health"});
        VD_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains("probe budget of 1/day used"), text.out.constData());
    }

    void roundTripProbeMeasuresTheWerAndDegradesOverTheThreshold()
    {
        // Issue #14: openai_tts speaks the probe sentence and openai_stt, the best recogniser,
        // listens; what the mock "hears" decides the word error rate.
        VD_COMPARE_EXIT(m_cli->run({"config", "set", "providers.openai_tts.settings.quality_probe", "true"}),
                        0);
        m_server.setTranscript("Please call me back at seven in the evening.");
        const CliRunner::Run good = m_cli->run({"health", "--provider", "openai_tts", "--json"});
        VD_COMPARE_EXIT(good, 0);
        QCOMPARE(row(good, "openai_tts").value(u"wer").toDouble(-1), 0.0);
        QCOMPARE(row(good, "openai_tts").value(u"status").toString(), QStringLiteral("HEALTHY"));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiSpeech), 1);
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), 1);
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiModels), 0); // instead of the plain probe

        m_server.setTranscript("please call me");
        const CliRunner::Run bad = m_cli->run({"health", "--provider", "openai_tts", "--json"});
        VD_COMPARE_EXIT(bad, 0); // DEGRADED is no failure of the command
        const QJsonObject tts = row(bad, "openai_tts");
        QCOMPARE(tts.value(u"status").toString(), QStringLiteral("DEGRADED"));
        QVERIFY(qAbs(tts.value(u"wer").toDouble() - 6.0 / 9) < 1e-9);
        QVERIFY2(tts.value(u"quality_problem").toString().contains("67 %"),
                 qPrintable(tts.value(u"quality_problem").toString()));

        const CliRunner::Run text =
            m_cli->run({"health", "--provider", "openai_tts", "--provider", "openai_stt"});
        VD_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains("WER 67 %, over health.probe_wer_threshold (25 %)"), text.out.constData());
        const CliRunner::Run json = m_cli->run({"health", "--provider", "openai_stt", "--json"});
        QCOMPARE(row(json, "openai_stt").value(u"wer"), QJsonValue(QJsonValue::Null)); // a plain probe
    }

    void offlineRoundTripThroughFliteAndPocketSphinx()
    {
        // The real engines: Flite speaks and PocketSphinx listens; PocketSphinx's own round trip
        // transcribes the built-in recording of the sentence.
        for (const QStringList& set :
             {QStringList{"providers.openai_stt.enabled", "false"},
              QStringList{"providers.pocketsphinx_stt.enabled", "true"},
              QStringList{"providers.flite_tts.settings.quality_probe", "true"},
              QStringList{"providers.pocketsphinx_stt.settings.quality_probe", "true"},
              // What is checked is the WER, not speed: two decodes at once under ASan on a loaded
              // machine took over the default 30 s (the busy check of issue #15).
              QStringList{"health.probe_timeout_ms", "300000"}})
            VD_COMPARE_EXIT(m_cli->run(QStringList{"config", "set"} + set), 0);
        const CliRunner::Run run = m_cli->run(
            {"health", "--provider", "flite_tts", "--provider", "pocketsphinx_stt", "--json", "--verbose"},
            {}, 300000);
        VD_COMPARE_EXIT(run, 0);
        for (const char* provider : {"flite_tts", "pocketsphinx_stt"}) {
            const QJsonObject probed = row(run, provider);
            const QByteArray seen = QJsonDocument(probed).toJson(QJsonDocument::Compact) + run.err;
            QVERIFY2(probed.value(u"outcome").toString() == QLatin1String("ok"), seen.constData());
            // Measured, and under the 0.25 threshold. Not always 0: with both decodes at once on a
            // loaded machine PocketSphinx has misheard one word of the nine (WER 0.11) in about
            // one run of twenty.
            const double wer = probed.value(u"wer").toDouble(-1);
            QVERIFY2(wer >= 0.0 && wer <= 0.25, seen.constData());
            // Not necessarily HEALTHY: under ASan on a busy machine a decode took 13.6 s, over
            // breaker.slow_call_ms (10 s), and a slow call is DEGRADED. Quality is no problem.
            QVERIFY2(!probed.contains(u"quality_problem"), seen.constData());
        }
    }

    void namedProviderWithoutKeyFailsAndSaysHowToFixIt()
    {
        const CliRunner::Run run = m_cli->run({"health", "--provider", "google_stt"});
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains("GOOGLE_API_KEY"), run.err.constData());
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown provider") << QStringList{"health", "--provider", "nope"} << "nope";
        QTest::newRow("watch zero") << QStringList{"health", "--watch", "0"} << "--watch";
        QTest::newRow("watch text") << QStringList{"health", "--watch", "soon"} << "soon";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_VERIFY_USAGE_ERROR(run, mentions);
    }

    void watchRepeatsUntilTerminatedAndSavesState()
    {
        std::unique_ptr<QProcess> process =
            m_cli->start({"health", "--provider", "openai_stt", "--watch", "1", "--json"});
        // One JSON line per round; not a terminal, so no screen clearing.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).count('\n') >= 2, 30000);
        QVERIFY(!out.contains('\x1b'));
        for (const QByteArray& line : out.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        }
        ::kill(pid_t(process->processId()), SIGTERM);
        const CliRunner::Run run = CliRunner::finish(*process);
        VD_COMPARE_EXIT(run, 0);
        QDirIterator files(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + "/data"),
                           {"resilience-state.json"}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(files.hasNext(), "the probes of the watch must be saved");
        QFile state(files.next());
        QVERIFY(state.open(QIODevice::ReadOnly));
        QVERIFY(state.readAll().contains("openai_stt"));
    }

    void watchInTextModePrintsEachRoundWithAHeader()
    {
        std::unique_ptr<QProcess> process =
            m_cli->start({"health", "--provider", "flite_tts", "--watch", "1"});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).count("Every 1 s") >= 2, 30000);
        ::kill(pid_t(process->processId()), SIGINT);
        QCOMPARE(CliRunner::finish(*process).exitCode, 0);
        QVERIFY(out.contains("round 2"));
    }
};

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_clihealth.moc"
