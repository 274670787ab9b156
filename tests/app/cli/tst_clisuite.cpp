#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QXmlStreamReader>

// `voicedeck-cli suite run SUITE`: the repository's offline smoke suite with the real engines
// (PocketSphinx, Flite), a case over its tolerance, and suite files with problems.
class TestCliSuite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    static QString smokeSuite() { return QStringLiteral(VOICEDECK_SOURCE_DIR "/examples/suites/smoke"); }
    static QString clip(const char* name)
    {
        return smokeSuite() + QStringLiteral("/clips/") + QLatin1String(name);
    }

    QString writeSuite(const QString& folder, const QJsonArray& cases) const
    {
        QDir().mkpath(m_cli->path(folder));
        const QString path = m_cli->path(folder + QStringLiteral("/suite.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(
                QJsonDocument(QJsonObject{{"version", 1}, {"name", folder}, {"cases", cases}}).toJson());
        return path;
    }

    // testsuite name → {tests, failures}, and the number of <failure> elements, of a JUnit file.
    static QMap<QString, QPair<int, int>> junitSuites(const QString& path, int* failureElements)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QMap<QString, QPair<int, int>> suites;
        *failureElements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testsuite")
                suites.insert(
                    xml.attributes().value("name").toString(),
                    {xml.attributes().value("tests").toInt(), xml.attributes().value("failures").toInt()});
            else if (xml.name() == u"failure")
                ++*failureElements;
        }
        return xml.hasError() ? QMap<QString, QPair<int, int>>{} : suites;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir);
        QVERIFY2(QFileInfo::exists(smokeSuite() + "/suite.json"), qPrintable(smokeSuite()));
    }

    void smokeSuitePassesOfflineWithJsonAndJUnit()
    {
        // One attempt per case is part of what this checks, so the attempt limit is only a guard:
        // a case takes a few seconds here, but a loaded machine (tests beside a busy-check run)
        // once stretched one past the default 30 s, and the retry then passed (attempts 2).
        m_cli->writeConfig(QJsonObject{
            {"version", 1},
            {"routing", QJsonObject{{"attempt_timeout_ms", 120000}, {"request_deadline_ms", 240000}}}});
        const auto defaults = qScopeGuard([this] { QFile::remove(m_cli->configPath()); });
        const QString junit = m_cli->path("smoke.xml");
        const CliRunner::Run run =
            m_cli->run({"suite", "run", smokeSuite(), "--json", "--junit", junit}, {}, 100000);
        // The whole JSON is too long for a failure message: name the cases that did not pass.
        QStringList notPassed;
        for (const QJsonValue& result : run.json()[u"results"].toArray()) {
            if (result[u"outcome"].toString() != QLatin1String("passed"))
                notPassed << QStringLiteral("%1 %2: %3, WER %4 (max %5), \"%6\" %7")
                                 .arg(result[u"id"].toString(), result[u"provider"].toString(),
                                      result[u"outcome"].toString())
                                 .arg(result[u"wer"].toDouble())
                                 .arg(result[u"tolerance"].toDouble())
                                 .arg(result[u"text"].toString(), result[u"error"][u"message"].toString());
        }
        QVERIFY2(run.exitCode == 0 && notPassed.isEmpty(),
                 qPrintable(
                     QStringLiteral("exit %1; %2; stderr: %3")
                         .arg(run.exitCode)
                         .arg(notPassed.join(QStringLiteral("; ")), QString::fromUtf8(run.err.right(1000)))));
        const QJsonObject json = run.json();
        QCOMPARE(json[u"ok"].toBool(), true);
        QCOMPARE(json[u"suite"][u"name"].toString(), QStringLiteral("smoke"));
        const QJsonArray results = json[u"results"].toArray();
        QCOMPARE(results.size(), 5);
        for (const QJsonValue& result : results) {
            QCOMPARE(result[u"outcome"].toString(), QStringLiteral("passed"));
            QVERIFY(result[u"wer"].toDouble() <= result[u"tolerance"].toDouble());
            QVERIFY(result[u"latency_ms"].toDouble() > 0);
            QCOMPARE(result[u"attempts"].toInt(), 1);
        }
        QCOMPARE(results.at(0)[u"provider"].toString(), QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(results.at(3)[u"type"].toString(), QStringLiteral("tts"));
        QCOMPARE(results.at(3)[u"provider"].toString(), QStringLiteral("flite_tts"));
        QCOMPARE(results.at(3)[u"check_provider"].toString(), QStringLiteral("pocketsphinx_stt"));
        const QJsonArray providers = json[u"providers"].toArray();
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(0)[u"cases"].toInt(), 3);
        QVERIFY(providers.at(0)[u"wer"].isDouble());
        QVERIFY(providers.at(0)[u"latency_ms"][u"p95"].toDouble() >=
                providers.at(0)[u"latency_ms"][u"p50"].toDouble());
        QVERIFY2(!run.err.contains('\r'), run.err.constData()); // no progress line: stderr is no terminal

        int failures = -1;
        const auto suites = junitSuites(junit, &failures);
        QCOMPARE(suites.value("auto (stt)"), qMakePair(3, 0));
        QCOMPARE(suites.value("auto (tts)"), qMakePair(2, 0));
        QCOMPARE(failures, 0);
    }

    void namedProvidersAndTagsPrintATable()
    {
        const CliRunner::Run run = m_cli->run({"suite", "run", smokeSuite() + "/suite.json", "--tag", "home",
                                               "--provider", "pocketsphinx_stt", "--provider", "flite_tts"},
                                              {}, 100000);
        VD_COMPARE_EXIT(run, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains("1 kitchen-lights") && out.contains("4 front-door"), qPrintable(out));
        QVERIFY2(!out.contains("timer"), qPrintable(out)); // not tagged "home"
        QVERIFY(out.contains(QRegularExpression("\\npocketsphinx_stt +1 +1 +0 ")));
        QVERIFY(out.contains(QRegularExpression("\\nflite_tts +1 +1 +0 ")));
        QVERIFY(out.contains("smoke: 2 of 2 passed"));
    }

    void everyChosenProviderGetsItsOwnResultsAndTestsuite()
    {
        vd::test::MockProviderServer server;
        QVERIFY(server.listen());
        server.setTranscript("turn on the kitchen lights");
        CliRunner cli(m_dir);
        cli.setEnv("OPENAI_API_KEY", "test-key");
        const QString config = m_cli->path("cloud.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{{"providers",
                             QJsonObject{{"openai_stt",
                                          QJsonObject{{"settings",
                                                       QJsonObject{{"base_url",
                                                                    server.baseUrl(vd::test::Vendor::OpenAi)
                                                                        .toString()}}}}}}}})
                .toJson());
        file.close();
        const QString junit = m_cli->path("two.xml");
        const CliRunner::Run run =
            cli.run({"suite", "run", smokeSuite(), "--config", config, "--tag", "stt", "--provider",
                     "openai_stt", "--provider", "pocketsphinx_stt", "--json", "--junit", junit},
                    {}, 100000);
        VD_COMPARE_EXIT(run, 1); // the mock hears "turn on the kitchen lights" in every clip
        const QJsonArray providers = run.json()[u"providers"].toArray();
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(0)[u"target"].toString(), QStringLiteral("openai_stt"));
        // On a mismatch, the results say which case went another way, and why.
        const auto passed = [&](int index, int expected) {
            return providers.at(index)[u"passed"].toInt() == expected;
        };
        QVERIFY2(passed(0, 1), run.out.constData());
        QCOMPARE(providers.at(0)[u"over_tolerance"].toInt(), 2);
        QCOMPARE(providers.at(1)[u"target"].toString(), QStringLiteral("pocketsphinx_stt"));
        QVERIFY2(passed(1, 3), run.out.constData());
        QCOMPARE(run.json()[u"results"].toArray().size(), 6);
        QCOMPARE(server.requestCount(), 3);
        int failures = -1;
        const auto suites = junitSuites(junit, &failures);
        QCOMPARE(suites.value("openai_stt"), qMakePair(3, 2));
        QCOMPARE(suites.value("pocketsphinx_stt"), qMakePair(3, 0));
        QCOMPARE(failures, 2);
    }

    void aCaseOverItsToleranceExitsOne()
    {
        const QString suite = writeSuite("strict", {QJsonObject{{"id", "right"},
                                                                {"audio", clip("kitchen-lights.wav")},
                                                                {"expected", "turn on the kitchen lights"},
                                                                {"tolerance", 0.2}},
                                                    QJsonObject{{"id", "wrong"},
                                                                {"audio", clip("kitchen-lights.wav")},
                                                                {"expected", "turn off the bedroom fan"},
                                                                {"tolerance", 0.1}},
                                                    QJsonObject{{"id", "voiced"},
                                                                {"text", "turn on the kitchen lights"},
                                                                {"expected", "turn on the kitchen lights"},
                                                                {"tolerance", 0.2}}});
        const QString junit = m_cli->path("strict.xml");
        const CliRunner::Run run =
            m_cli->run({"suite", "run", suite, "--json", "--junit", junit}, {}, 100000);
        VD_COMPARE_EXIT(run, 1);
        const QJsonArray results = run.json()[u"results"].toArray();
        QCOMPARE(results.at(0)[u"outcome"].toString(), QStringLiteral("passed"));
        QCOMPARE(results.at(1)[u"outcome"].toString(), QStringLiteral("over_tolerance"));
        QCOMPARE(results.at(1)[u"word_errors"].toInt(), 3);
        // An STT case given as text is voiced first (by the TTS chain: Flite) and then transcribed.
        QCOMPARE(results.at(2)[u"outcome"].toString(), QStringLiteral("passed"));
        QCOMPARE(results.at(2)[u"check_provider"].toString(), QStringLiteral("flite_tts"));
        QCOMPARE(run.json()[u"ok"].toBool(), false);
        int failures = -1;
        QCOMPARE(junitSuites(junit, &failures).value("auto (stt)"), qMakePair(3, 1));
        QCOMPARE(failures, 1);
    }

    void badSuiteExitsTwoWithOneMessagePerProblem()
    {
        const QString suite = writeSuite(
            "bad", {QJsonObject{{"id", "gone"}, {"audio", "missing.wav"}, {"expected", "x"}},
                    QJsonObject{{"audio", clip("timer.wav")}, {"expected", 5}}, QJsonValue("timer.wav"),
                    QJsonObject{{"id", "fine"},
                                {"audio", clip("timer.wav")},
                                {"expected", "set a timer for ten minutes"},
                                {"tolerance", 0.5}}});
        const CliRunner::Run run = m_cli->run({"suite", "run", m_cli->path("bad")});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = QString::fromUtf8(run.err).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // three problems and the verdict
        QVERIFY2(lines.at(0).contains("case 1 (gone): audio: file \"missing.wav\" does not exist"),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains("case 2: expected: must be a string"), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains("case 3: must be a JSON object"), qPrintable(lines.at(2)));
        QVERIFY(lines.at(0).contains(suite));
        QVERIFY2(lines.at(3).contains("3 problem(s)") && lines.at(3).contains("--keep-going"),
                 qPrintable(lines.at(3)));
    }

    void keepGoingRunsTheValidCasesAndReportsTheInvalid()
    {
        const CliRunner::Run run =
            m_cli->run({"suite", "run", m_cli->path("bad"), "--keep-going", "--json"}, {}, 100000);
        VD_COMPARE_EXIT(run, 2); // the valid case passed, but the suite file is still broken
        const QJsonObject json = run.json();
        QCOMPARE(json[u"results"].toArray().size(), 1);
        QCOMPARE(json[u"results"][0][u"id"].toString(), QStringLiteral("fine"));
        QCOMPARE(json[u"results"][0][u"outcome"].toString(), QStringLiteral("passed"));
        const QJsonArray problems = json[u"problems"].toArray();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0)[u"case"].toInt(), 1);
        QCOMPARE(problems.at(0)[u"id"].toString(), QStringLiteral("gone"));
        QCOMPARE(problems.at(0)[u"field"].toString(), QStringLiteral("audio"));
        QCOMPARE(json[u"ok"].toBool(), false);
    }

    void inputErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no action") << QStringList{"suite"} << "suite run SUITE";
        QTest::newRow("unknown action") << QStringList{"suite", "walk", "x"} << "suite run SUITE";
        QTest::newRow("missing suite")
            << QStringList{"suite", "run", "/nonexistent/suite"} << "/nonexistent/suite: no such suite file";
        QTest::newRow("unknown provider")
            << QStringList{"suite", "run", "x", "--provider", "nope_stt"} << "unknown provider \"nope_stt\"";
        QTest::newRow("junit folder missing")
            << QStringList{"suite", "run", "x", "--junit", "/nonexistent/r.xml"}
            << "its folder does not exist";
        QTest::newRow("no case with the tag")
            << QStringList{"suite", "run", smokeSuite(), "--tag", "nope"} << "no valid case";
    }
    void inputErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_VERIFY_USAGE_ERROR(run, mentions);
    }
};

QTEST_GUILESS_MAIN(TestCliSuite)
#include "tst_clisuite.moc"
