#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QJsonArray>

using vd::test::Endpoint;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// Hostile inputs to voicedeck-cli (issues #18 and #14): every one is refused with exit 2 and a
// message naming the problem before any request reaches a (billed) cloud provider, here the
// loopback mock. Bounded work where a refusal would be wrong (WER of huge texts).
class TestCliHostileInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<CliRunner> m_cli;

    // Runs the CLI through /bin/sh so an argument can hold raw bytes (QProcess sends UTF-8):
    // `script` sees $CLI, $DIR and may use printf for the bytes.
    CliRunner::Run runShell(const QString& script) const
    {
        QProcess process;
        QProcessEnvironment environment = m_cli->environment();
        environment.insert("CLI", CliRunner::binary());
        environment.insert("DIR", m_dir.path());
        process.setProcessEnvironment(environment);
        process.start("/bin/sh", {"-c", script});
        return CliRunner::finish(process);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_cli = std::make_unique<CliRunner>(m_dir);
        m_cli->writeConfig(QJsonObject{
            {"providers",
             QJsonObject{
                 {"openai_tts",
                  QJsonObject{{"settings",
                               QJsonObject{{"base_url", m_server.baseUrl(Vendor::OpenAi).toString()}}}}}}}});
        m_cli->setEnv("OPENAI_API_KEY", "test-key");
    }

    void init() { m_server.reset(); }

    void speedOutsideTheProvidersRangeIsRefused_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("speed");
        QTest::addColumn<QString>("range");
        // At 0.001 the Morse plugin wrote a 104 MB, 54-minute WAV; at 0.00001 it threw bad_alloc.
        QTest::newRow("morse 0.001") << "example_morse_tts"
                                     << "0.001"
                                     << "0.25–4";
        QTest::newRow("morse 0.00001") << "example_morse_tts"
                                       << "0.00001"
                                       << "0.25–4";
        QTest::newRow("flite nan") << "flite_tts"
                                   << "nan"
                                   << "0.25–4";
        QTest::newRow("flite inf") << "flite_tts"
                                   << "inf"
                                   << "0.25–4";
        QTest::newRow("flite negative") << "flite_tts"
                                        << "-1"
                                        << "0.25–4";
        QTest::newRow("flite words") << "flite_tts"
                                     << "fast"
                                     << "0.25–4";
        QTest::newRow("openai 0.2") << "openai_tts"
                                    << "0.2"
                                    << "0.25–4";
        QTest::newRow("openai nan") << "openai_tts"
                                    << "nan"
                                    << "0.25–4";
        QTest::newRow("yandex 3.5") << "yandex_tts"
                                    << "3.5"
                                    << "0.1–3";
        QTest::newRow("auto 3.5, yandex enabled") << "auto"
                                                  << "3.5"
                                                  << "0.25–3";
    }
    void speedOutsideTheProvidersRangeIsRefused()
    {
        QFETCH(QString, provider);
        QFETCH(QString, speed);
        QFETCH(QString, range);
        const QString output = m_cli->path("speed.wav");
        const CliRunner::Run run =
            m_cli->run({"speak", "hello", "--provider", provider, "--speed", speed, "--output", output});
        VD_COMPARE_EXIT(run, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains("--speed " + speed) && err.contains(range), qPrintable(err));
        QVERIFY(!QFile::exists(output));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void speedSettingsRefuseWhatIsNotAFiniteNumberInRange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("nan") << "nan";
        QTest::newRow("inf") << "inf";
        QTest::newRow("tiny") << "0.001";
    }
    void speedSettingsRefuseWhatIsNotAFiniteNumberInRange()
    {
        QFETCH(QString, value);
        const CliRunner::Run run =
            m_cli->run({"config", "set", "providers.openai_tts.settings.speed", value});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains("speed"), run.err.constData());
    }

    void speedInsideTheRangeIsUsed()
    {
        const CliRunner::Run run = m_cli->run({"speak", "hello", "--provider", "openai_tts", "--speed",
                                               "0.25", "--output", m_cli->path("slow.wav")});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(m_server.requests(Endpoint::OpenAiSpeech).value(0).json[u"speed"].toDouble(), 0.25);
    }

    void invisibleTextIsEmptyAndNeverSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("NULs on stdin") << QStringList{"-"} << QByteArray("\0\0\0\0", 4) << "empty";
        QTest::newRow("NULs and spaces") << QStringList{"-"} << QByteArray("\0 \0\n\t\0", 6) << "empty";
        QTest::newRow("zero-width") << QStringList{QString::fromUtf16(u"\u200B\u200C\u200D\u2060\uFEFF")}
                                    << QByteArray() << "empty";
        // UTF-8 of a lone surrogate (CESU-8): Qt would send three U+FFFD.
        QTest::newRow("encoded surrogate on stdin")
            << QStringList{"-"} << QByteArray("say \xED\xA0\x80 this") << "not valid UTF-8";
        QTest::newRow("invalid UTF-8 on stdin")
            << QStringList{"-"} << QByteArray("caf\xE9") << "not valid UTF-8";
    }
    void invisibleTextIsEmptyAndNeverSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const CliRunner::Run run =
            m_cli->run(QStringList{"speak"} + arguments +
                           QStringList{"--provider", "openai_tts", "--output", m_cli->path("invisible.wav")},
                       input);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void benchOfInvisibleTextIsRefused()
    {
        const CliRunner::Run run = m_cli->run({"bench", "--text", QString::fromUtf16(u"\u200B\u2060"),
                                               "--provider", "openai_tts", "--requests", "3"});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains("no text to speak"), run.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void unusableOutputIsRefusedBeforeTheRequest_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing directory") << "no/such/dir/out.wav"
                                           << "does not exist";
        QTest::newRow("a directory") << "a-directory.wav"
                                     << "is a directory";
        QTest::newRow("a pipe") << "pipe.wav"
                                << "not a regular file";
    }
    void unusableOutputIsRefusedBeforeTheRequest()
    {
        QFETCH(QString, output);
        QFETCH(QString, mentions);
        QVERIFY(QDir(m_dir.path()).mkpath("a-directory.wav"));
        if (!QFile::exists(m_cli->path("pipe.wav")))
            QCOMPARE(QProcess::execute("mkfifo", {m_cli->path("pipe.wav")}), 0);
        const CliRunner::Run run =
            m_cli->run({"speak", "hello", "--provider", "openai_tts", "--output", m_cli->path(output)});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(output.toUtf8()) && run.err.contains(mentions.toUtf8()),
                 run.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void fileNamesThatAreNotUtf8AreRefusedByName()
    {
        // A real input file named with byte 0xff: Qt's argv decoding cannot name it.
        const CliRunner::Run made = runShell(R"sh(printf 'x' > "$DIR/$(printf 'take\377.wav')")sh");
        VD_COMPARE_EXIT(made, 0);
        const CliRunner::Run input =
            runShell(R"sh(exec "$CLI" transcribe "$DIR/$(printf 'take\377.wav')")sh");
        VD_COMPARE_EXIT(input, 2);
        QVERIFY2(input.err.contains("not valid UTF-8") && !input.err.contains("no such readable file"),
                 input.err.constData());

        const CliRunner::Run output = runShell(
            R"sh(exec "$CLI" speak hello --provider flite_tts --output "$DIR/$(printf 'out\377.wav')")sh");
        VD_COMPARE_EXIT(output, 2);
        QVERIFY2(output.err.contains("not valid UTF-8"), output.err.constData());
        QVERIFY(QDir(m_dir.path()).entryList({"out*"}, QDir::Files).isEmpty());
    }

    void werOfHugeTextsIsRefusedNotComputedForMinutes()
    {
        m_cli->writeConfig(QJsonObject{
            {"providers",
             QJsonObject{
                 {"openai_stt",
                  QJsonObject{
                      {"settings", QJsonObject{{"base_url", m_server.baseUrl(Vendor::OpenAi).toString()}}}}},
                 {"pocketsphinx_stt", QJsonObject{{"enabled", false}}}}}});
        const QString wav = m_cli->path("hello.wav");
        VD_COMPARE_EXIT(m_cli->run({"speak", "hello", "--provider", "flite_tts", "--output", wav}), 0);
        QStringList words;
        for (int i = 0; i < 10000; ++i)
            words << QStringLiteral("w%1").arg(i);
        m_server.setTranscript(words.join(' ')); // 10,000 x 10,000 word pairs: over the limit
        const CliRunner::Run run = m_cli->run(
            {"transcribe", wav, "--provider", "openai_stt", "--reference", words.join(' '), "--json"});
        VD_COMPARE_EXIT(run, 0);
        QVERIFY(run.json()[u"wer"].isNull());
        QVERIFY2(run.err.contains("not computed"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostileInput)
#include "tst_clihostileinput.moc"
