#include "tests/app/cli/clirunner.h"
#include "tests/app/cli/pseudoterminal.h"

#include <QJsonArray>

using vd::test::PseudoTerminal;

// The two commands that behave differently on a terminal than on a pipe, driven through a real
// pseudo-terminal: `keys set` prompts and reads the key without echoing it, and `health --watch`
// redraws the screen each round until Ctrl+C.
class TestCliTerminal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString keySource(const CliRunner::Run& run, const QString& provider)
    {
        for (const QJsonValue& value : run.json().value(u"providers").toArray()) {
            if (value[u"provider"].toString() == provider)
                return value[u"source"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keysSetPromptsWithoutEchoingTheKey()
    {
        if (qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN"))
            QSKIP("the key is only read when a secret service can store it: run inside "
                  "scripts/test-services.sh");
        CliRunner cli(m_dir);
        const QByteArray key = "yk-typed-at-a-terminal-7731";
        PseudoTerminal terminal;
        QVERIFY(terminal.start(CliRunner::binary(), {"keys", "set", "yandex_tts"}, cli.environment()));
        QVERIFY2(terminal.waitForOutput("API key for yandex_tts (input hidden): "),
                 terminal.output().constData());
        // Typed only once echo is off, as the prompt promises; a prompt that leaves echo on fails here.
        QVERIFY2(QTest::qWaitFor([&] { return !terminal.echoes(); }, 10000),
                 "echo is still on at the prompt");
        terminal.type(key + "\r"); // Enter on a terminal is CR; the line discipline makes it LF
        const std::optional<int> exitCode = terminal.waitForExit();
        QVERIFY2(exitCode && *exitCode == 0, terminal.output().constData());
        QVERIFY2(terminal.output().contains("stored the key for yandex_tts"), terminal.output().constData());
        QVERIFY2(!terminal.output().contains("yk-typed"), terminal.output().constData());

        const CliRunner::Run status = cli.run({"keys", "status", "--json"});
        QCOMPARE(keySource(status, "yandex_tts"), QStringLiteral("keychain"));
        VD_COMPARE_EXIT(cli.run({"keys", "delete", "yandex_tts"}), 0);
    }

    void healthWatchRedrawsEachRoundUntilCtrlC()
    {
        CliRunner cli(m_dir);
        PseudoTerminal terminal;
        QVERIFY(terminal.start(CliRunner::binary(), {"health", "--watch", "1", "--provider", "flite_tts"},
                               cli.environment()));
        const QByteArray clearScreen = "\x1b[H\x1b[2J";
        QVERIFY2(terminal.waitForOutput("(round 2,"), terminal.output().constData());
        QVERIFY2(terminal.waitForOutput("flite_tts", 2), terminal.output().constData());
        // Each round starts by clearing the screen and redrawing the table from the top (up to the
        // last complete row: a third round may be on its way).
        const QByteArray output = terminal.output().left(terminal.output().lastIndexOf("flite_tts"));
        QCOMPARE(output.count(clearScreen), output.count("PROVIDER "));
        QVERIFY(output.indexOf(clearScreen) < output.indexOf("(round 1,"));
        QVERIFY(output.lastIndexOf(clearScreen) < output.indexOf("(round 2,"));
        QVERIFY(output.lastIndexOf(clearScreen) > output.indexOf("(round 1,"));

        terminal.type("\x03"); // Ctrl+C
        const std::optional<int> exitCode = terminal.waitForExit();
        // Stopped cleanly (state saved), not killed by the signal: 130 would mean the default handler.
        QVERIFY2(exitCode && *exitCode == 0, terminal.output().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cliterminal.moc"
