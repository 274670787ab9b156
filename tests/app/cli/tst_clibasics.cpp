#include "tests/app/cli/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

// Runs the real voicedeck-cli binary and checks stdout JSON, stderr and exit codes
// (PRODUCT.md §4) on the offline providers, which need no key and no network.
class TestCliBasics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    void writeRouting(const QJsonObject& routing)
    {
        QFile file(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{"version", 1}, {"routing", routing}}).toJson());
    }

    Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VOICEDECK_CONFIG"), m_dir.filePath(QStringLiteral("config.json")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("OPENAI_API_KEY"));
        environment.remove(QStringLiteral("GOOGLE_API_KEY"));
        environment.remove(QStringLiteral("YANDEX_API_KEY"));
        environment.remove(QStringLiteral("YANDEX_IAM_TOKEN"));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("VOICEDECK_BIN_DIR") + QStringLiteral("/voicedeck-cli"),
                      arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionPrintsTheVersion()
    {
        const Run run = cli({QStringLiteral("--version")});
        VD_COMPARE_EXIT(run, 0);
        QVERIFY(run.out.startsWith("voicedeck-cli "));
    }

    void providersListsEveryProviderAsJson()
    {
        const Run run = cli({QStringLiteral("providers"), QStringLiteral("--json")});
        VD_COMPARE_EXIT(run, 0);
        QStringList names;
        for (const QJsonValue& provider : run.json().value(u"providers").toArray()) {
            names << provider[u"name"].toString();
            QVERIFY(provider.toObject().contains(u"breaker_state"));
            QVERIFY(provider.toObject().contains(u"health_status"));
        }
        for (const char* expected : {"openai_stt", "google_stt", "yandex_stt", "pocketsphinx_stt",
                                     "openai_tts", "google_tts", "yandex_tts", "flite_tts", "espeak_tts"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        const QJsonObject openai =
            run.json().value(u"providers").toArray().at(names.indexOf(u"openai_stt")).toObject();
        QCOMPARE(openai.value(u"configured").toBool(), false); // no key in this environment
    }

    void speaksAndTranscribesOfflineRoundTrip()
    {
        const QString wav = m_dir.filePath(QStringLiteral("lights.wav"));
        const Run spoken = cli({QStringLiteral("speak"), QStringLiteral("turn on the kitchen lights"),
                                QStringLiteral("--provider"), QStringLiteral("flite_tts"),
                                QStringLiteral("--output"), wav, QStringLiteral("--json")});
        VD_COMPARE_EXIT(spoken, 0);
        QCOMPARE(spoken.json().value(u"ok").toBool(), true);
        QCOMPARE(spoken.json().value(u"provider").toString(), QStringLiteral("flite_tts"));
        QVERIFY(spoken.json().value(u"duration_ms").toDouble() > 500);
        QVERIFY(QFile::exists(wav));

        // One attempt is what this checks, so the attempt limit is only a guard: PocketSphinx takes
        // about 2 s here, but a loaded machine once stretched it past the default 30 s (a retry).
        writeRouting(QJsonObject{{"attempt_timeout_ms", 120000}, {"request_deadline_ms", 240000}});
        const auto defaults =
            qScopeGuard([this] { QFile::remove(m_dir.filePath(QStringLiteral("config.json"))); });
        const Run heard = cli({QStringLiteral("transcribe"), wav, QStringLiteral("--provider"),
                               QStringLiteral("pocketsphinx_stt"), QStringLiteral("--reference"),
                               QStringLiteral("turn on the kitchen lights"), QStringLiteral("--json")});
        VD_COMPARE_EXIT(heard, 0);
        const QJsonObject json = heard.json();
        QCOMPARE(json.value(u"provider").toString(), QStringLiteral("pocketsphinx_stt"));
        QVERIFY2(json.value(u"wer").toDouble() <= 0.25, heard.out.constData());
        QVERIFY2(json.value(u"attempts").toArray().size() == 1, heard.out.constData());
    }

    void autoRoutingSkipsUnconfiguredCloudProviders()
    {
        const QString wav = m_dir.filePath(QStringLiteral("auto.wav"));
        const Run run = cli({QStringLiteral("speak"), QStringLiteral("hello"), QStringLiteral("--output"),
                             wav, QStringLiteral("--json")});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value(u"provider").toString(), QStringLiteral("flite_tts"));
        const QJsonArray skipped = run.json().value(u"skipped").toArray();
        QVERIFY(skipped.size() >= 3);
        QCOMPARE(skipped.at(0).toObject().value(u"reason").toString(), QStringLiteral("not_configured"));
    }

    // The example plugin is built into the plugin folder but ships disabled: with every real TTS
    // provider out of the chain, a request fails instead of being answered in Morse beeps.
    void examplePluginAnswersNoRequestUntilEnabled()
    {
        const QString config = m_dir.filePath(QStringLiteral("example-config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "providers": {"flite_tts": {"enabled": false},
                                                   "espeak_tts": {"enabled": false}}})");
        file.close();
        const QString wav = m_dir.filePath(QStringLiteral("example.wav"));
        const QStringList speak{QStringLiteral("speak"),
                                QStringLiteral("hello"),
                                QStringLiteral("--output"),
                                wav,
                                QStringLiteral("--json"),
                                QStringLiteral("--config"),
                                config};

        const Run refused = cli(speak);
        VD_COMPARE_EXIT(refused, 1);
        QCOMPARE(refused.json().value(u"ok").toBool(), false);
        QVERIFY2(refused.json().value(u"attempts").toArray().isEmpty(), refused.out.constData());
        bool skippedAsDisabled = false;
        for (const QJsonValue& skipped : refused.json().value(u"skipped").toArray())
            skippedAsDisabled |= skipped[u"provider"].toString() == u"example_morse_tts" &&
                                 skipped[u"reason"].toString() == u"disabled";
        QVERIFY2(skippedAsDisabled, refused.out.constData());
        QVERIFY(!QFile::exists(wav));
        const Run listed =
            cli({QStringLiteral("providers"), QStringLiteral("--json"), QStringLiteral("--config"), config});
        bool listedDisabled = false;
        for (const QJsonValue& provider : listed.json().value(u"providers").toArray())
            listedDisabled |=
                provider[u"name"].toString() == u"example_morse_tts" && !provider[u"enabled"].toBool(true);
        QVERIFY2(listedDisabled, listed.out.constData());

        const Run enabled = cli({QStringLiteral("config"), QStringLiteral("set"),
                                 QStringLiteral("providers.example_morse_tts.enabled"),
                                 QStringLiteral("true"), QStringLiteral("--config"), config});
        VD_COMPARE_EXIT(enabled, 0);
        const Run answered = cli(speak);
        VD_COMPARE_EXIT(answered, 0);
        QCOMPARE(answered.json().value(u"provider").toString(), QStringLiteral("example_morse_tts"));
    }

    void forcedOpenBreakerPersistsAndIsSkippedUntilReset()
    {
        const Run opened = cli({QStringLiteral("breaker"), QStringLiteral("open"),
                                QStringLiteral("flite_tts"), QStringLiteral("--json")});
        VD_COMPARE_EXIT(opened, 0);
        QCOMPARE(opened.json().value(u"breaker_state").toString(), QStringLiteral("FORCED_OPEN"));

        // A separate process sees the state and routes around the provider.
        const QString wav = m_dir.filePath(QStringLiteral("breaker.wav"));
        const Run routed = cli({QStringLiteral("speak"), QStringLiteral("hello"), QStringLiteral("--output"),
                                wav, QStringLiteral("--json")});
        VD_COMPARE_EXIT(routed, 0);
        QCOMPARE(routed.json().value(u"provider").toString(), QStringLiteral("espeak_tts"));
        bool sawCircuitOpen = false;
        for (const QJsonValue& skipped : routed.json().value(u"skipped").toArray())
            sawCircuitOpen |= skipped[u"provider"].toString() == u"flite_tts" &&
                              skipped[u"reason"].toString() == u"circuit_open";
        QVERIFY2(sawCircuitOpen, routed.out.constData());

        const Run reset =
            cli({QStringLiteral("breaker"), QStringLiteral("reset"), QStringLiteral("flite_tts")});
        VD_COMPARE_EXIT(reset, 0);
        const Run listed = cli({QStringLiteral("providers"), QStringLiteral("--json")});
        for (const QJsonValue& provider : listed.json().value(u"providers").toArray()) {
            if (provider[u"name"].toString() == u"flite_tts")
                QCOMPARE(provider[u"breaker_state"].toString(), QStringLiteral("CLOSED"));
        }
    }

    void inputErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command";
        QTest::newRow("missing file")
            << QStringList{"transcribe", "/nonexistent/take.wav"} << "/nonexistent/take.wav";
        QTest::newRow("unknown provider")
            << QStringList{"speak", "hi", "--output", "x.wav", "--provider", "nope"} << "nope";
        QTest::newRow("empty text") << QStringList{"speak", "   ", "--output", "x.wav"} << "empty";
        QTest::newRow("unknown extension") << QStringList{"speak", "hi", "--output", "x.xyz"} << "x.xyz";
        QTest::newRow("no output") << QStringList{"speak", "hi"} << "--output";
        QTest::newRow("breaker without provider") << QStringList{"breaker", "open"} << "usage";
        QTest::newRow("breaker of unknown provider") << QStringList{"breaker", "reset", "nope"} << "nope";
    }
    void inputErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        VD_VERIFY_USAGE_ERROR(run, mentions);
    }

    void corruptAudioIsAnInputError()
    {
        const QString path = m_dir.filePath(QStringLiteral("fake.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not audio at all");
        file.close();
        const Run run = cli({QStringLiteral("transcribe"), path});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY(run.err.contains("fake.wav"));
    }

    void configThatIsNotJsonExitsWithThreeAndIsKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const Run run = cli({QStringLiteral("--config"), path, QStringLiteral("providers")});
        VD_COMPARE_EXIT(run, 3);
        QVERIFY(run.err.contains("broken.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_clibasics.moc"
