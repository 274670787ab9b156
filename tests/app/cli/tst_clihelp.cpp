#include "tests/app/cli/clirunner.h"

#include <QRegularExpression>

// `voicedeck-cli --help`, `COMMAND --help` and `--version`: every command and option is listed
// with its argument names and defaults, on stdout, with exit 0.
class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionPrintsNameAndVersion()
    {
        const CliRunner::Run run = CliRunner(m_dir).run({"--version"});
        VD_COMPARE_EXIT(run, 0);
        QVERIFY(QRegularExpression("^voicedeck-cli \\d+\\.\\d+\\.\\d+\\n$")
                    .match(QString::fromUtf8(run.out))
                    .hasMatch());
    }

    void toolHelpListsEveryCommandAndTheExitCodes()
    {
        const CliRunner::Run run = CliRunner(m_dir).run({"--help"});
        VD_COMPARE_EXIT(run, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.startsWith("Usage: voicedeck-cli [options] COMMAND"), qPrintable(help));
        for (const char* command : {"providers", "health", "transcribe", "compare", "speak", "voices",
                                    "config", "keys", "breaker", "bench", "monitor", "suite", "history"})
            QVERIFY2(help.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
        for (const char* option : {"--config <FILE>", "--json", "--verbose", "--help", "--version"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(help.contains("Exit codes: 0"));
        QVERIFY(help.contains("health [--provider NAME]... [--watch SECONDS]"));
    }

    void noCommandPrintsHelpToStderrAndExitsTwo()
    {
        const CliRunner::Run run = CliRunner(m_dir).run({});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("Commands:"));
    }

    // One sentence: Qt's "Unknown option 'out'." continued by where to look, without ".;".
    void unknownOptionNamesItAndTheHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("global") << QStringList{"--bogus"}
                                << "voicedeck-cli: Unknown option 'bogus'; see voicedeck-cli --help\n";
        QTest::newRow("command") << QStringList{"speak", "Hello", "--out", "x.wav"}
                                 << "voicedeck-cli: Unknown option 'out'; see voicedeck-cli speak --help\n";
    }
    void unknownOptionNamesItAndTheHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRunner::Run run = CliRunner(m_dir).run(arguments);
        VD_COMPARE_EXIT(run, 2);
        QCOMPARE(QString::fromUtf8(run.err), message);
    }

    void commandHelpListsEveryOption_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("providers") << "providers" << QStringList{};
        QTest::newRow("health") << "health"
                                << QStringList{"--provider <NAME>", "--watch <SECONDS>",
                                               "default: check once"};
        QTest::newRow("transcribe") << "transcribe"
                                    << QStringList{"FILE", "--provider <NAME>", "default: auto",
                                                   "--language <CODE>", "--reference <TEXT>"};
        QTest::newRow("compare") << "compare" << QStringList{"FILE", "--reference <TEXT>"};
        QTest::newRow("speak") << "speak"
                               << QStringList{"TEXT",        "--output <FILE>", "--provider <NAME>",
                                              "--voice <V>", "--language <L>",  "--speed <X>",
                                              "default: 1.0"};
        QTest::newRow("voices") << "voices" << QStringList{"--provider <NAME>"};
        QTest::newRow("config") << "config" << QStringList{"ACTION", "KEY", "VALUE", "breaker.window_calls"};
        QTest::newRow("keys") << "keys" << QStringList{"ACTION", "PROVIDER", "stdin"};
        QTest::newRow("breaker") << "breaker" << QStringList{"ACTION", "PROVIDER", "reset", "disable"};
        QTest::newRow("bench") << "bench"
                               << QStringList{"FILE",           "--text <TEXT>", "--provider <NAME>",
                                              "--requests <N>", "default: 10",   "--concurrency <C>",
                                              "default: 1"};
        QTest::newRow("monitor") << "monitor"
                                 << QStringList{
                                        "--interval <SECONDS>", "default: health.probe_interval_seconds",
                                        "--listen <HOST:PORT>", "127.0.0.1:9464",
                                        "--token-file <FILE>",  "--client-timeout <MS>",
                                        "--max-connections <N>"};
        QTest::newRow("suite") << "suite" << QStringList{"SUITE",
                                                         "--provider <NAME>",
                                                         "--junit <FILE>",
                                                         "--keep-going",
                                                         "--tag <T>",
                                                         "--limit <N>",
                                                         "--wer-threshold <X>",
                                                         "--latency-threshold-ms <Y>"};
        QTest::newRow("history") << "history"
                                 << QStringList{"--provider <NAME>", "--since <WHEN>", "24h", "--limit <N>"};
    }
    void commandHelpListsEveryOption()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expected);
        const CliRunner::Run run = CliRunner(m_dir).run({command, "--help"});
        VD_COMPARE_EXIT(run, 0);
        const QString help = QString::fromUtf8(run.out).simplified();
        QVERIFY2(help.startsWith(QStringLiteral("Usage: voicedeck-cli %1").arg(command)), qPrintable(help));
        for (const QString& text : expected + QStringList{"--config <FILE>", "--json", "--verbose"})
            QVERIFY2(help.contains(text), qPrintable(command + ": " + text));
        QVERIFY(run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
