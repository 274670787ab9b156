#include "tests/app/cli/clirunner.h"
#include "tests/support/wavbytes.h"

#include <QDir>

// Every bad input of PRODUCT.md §4 for the commands that take files, text and providers: a clear
// message naming the problem and the fix, the right exit code, nothing on stdout, no crash or
// hang, and no partial output file.
class TestCliInputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_cli->path(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir);
        QVERIFY(QDir(m_dir.path()).mkpath("a-directory.wav"));
        writeFile("empty.wav", {});
        writeFile("text.wav", "RIFF....WAVEfmt this is not really audio");
        // 32 KB declared at 3 Hz: 1.5 h of audio, 9 uploads of 19 MB before the 4 kHz minimum.
        writeFile("rate3.wav", vd::test::wavHeader(3, 1, 32000) + vd::test::pcmFrames(16000));
        // A sparse file over the 2 GiB decoding limit: refused before anything is read.
        QFile huge(m_cli->path("huge.wav"));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(3) << 30));
    }

    void badAudioFilesAreInputErrors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        for (const char* command : {"transcribe", "compare", "bench"}) {
            const QString c = QLatin1String(command);
            QTest::addRow("%s missing", command) << c << "missing.wav"
                                                 << "no such readable file";
            QTest::addRow("%s directory", command) << c << "a-directory.wav"
                                                   << "no such readable file";
            QTest::addRow("%s empty", command) << c << "empty.wav"
                                               << "empty.wav";
            QTest::addRow("%s corrupt", command) << c << "text.wav"
                                                 << "text.wav";
            QTest::addRow("%s huge", command) << c << "huge.wav"
                                              << "huge.wav";
            QTest::addRow("%s 3 Hz", command) << c << "rate3.wav"
                                              << "rate3.wav' declares a sample rate of 3 Hz";
        }
    }
    void badAudioFilesAreInputErrors()
    {
        QFETCH(QString, command);
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run({command, m_cli->path(file), "--json"});
        VD_VERIFY_USAGE_ERROR(run, mentions);
    }

    void badTextIsAnInputErrorAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QStringList{"speak", ""} << QByteArray() << "empty";
        QTest::newRow("blank stdin") << QStringList{"speak", "-"} << QByteArray(" \n\t ") << "empty";
        QTest::newRow("huge stdin") << QStringList{"speak", "-"} << QByteArray(2 << 20, 'a') << "split it";
        QTest::newRow("over the engine's limit")
            << QStringList{"speak", QString(12000, 'a'), "--provider", "flite_tts"} << QByteArray()
            << "10000";
        // Every engine refuses it; the message is the last one's (which one depends on the plugins built).
        QTest::newRow("over every limit, routed")
            << QStringList{"speak", QString(12000, 'a')} << QByteArray() << "The text has 12000 characters";
        QTest::newRow("speed") << QStringList{"speak", "hi", "--speed", "9"} << QByteArray() << "--speed";
        QTest::newRow("stt provider") << QStringList{"speak", "hi", "--provider", "pocketsphinx_stt"}
                                      << QByteArray() << "unknown tts provider";
    }
    void badTextIsAnInputErrorAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const QString output = m_cli->path("never.wav");
        const CliRunner::Run run = m_cli->run(arguments + QStringList{"--output", output}, input);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.left(500).constData());
        QVERIFY(!QFile::exists(output));
        QVERIFY(QDir(m_dir.path()).entryList({"never.wav*"}, QDir::Files).isEmpty()); // no temporary left
    }

    void failedSpeakKeepsTheExistingFile()
    {
        const QString output = writeFile("keep.wav", "the previous take");
        const CliRunner::Run run =
            m_cli->run({"speak", QString(12000, 'b'), "--provider", "flite_tts", "--output", output});
        VD_COMPARE_EXIT(run, 2);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the previous take"));
    }

    void speakReplacesTheFileAtomically()
    {
        const QString output = writeFile("replace.wav", "old");
        const CliRunner::Run run =
            m_cli->run({"speak", "hello", "--provider", "flite_tts", "--output", output, "--json"});
        VD_COMPARE_EXIT(run, 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "RIFF");
        QCOMPARE(QDir(m_dir.path()).entryList({"replace.wav*"}, QDir::Files), QStringList{"replace.wav"});
    }

    void unwritableOutputFailsClearly()
    {
        const CliRunner::Run run = m_cli->run(
            {"speak", "hello", "--provider", "flite_tts", "--output", m_cli->path("no/such/dir/out.wav")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("out.wav"), run.err.constData());
    }

    void unknownProviderIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("transcribe") << QStringList{"transcribe", m_cli->path("text.wav"), "--provider",
                                                   "nope"};
        QTest::newRow("voices") << QStringList{"voices", "--provider", "nope"};
        QTest::newRow("health") << QStringList{"health", "--provider", "nope"};
        QTest::newRow("breaker") << QStringList{"breaker", "open", "nope"};
        QTest::newRow("bench") << QStringList{"bench", "--text", "hi", "--provider", "nope"};
        QTest::newRow("config") << QStringList{"config", "get", "providers.nope.enabled"};
    }
    void unknownProviderIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains("nope"), run.err.constData());
        QVERIFY2(run.err.contains("one of") || run.err.contains("voicedeck-cli providers"),
                 run.err.constData());
    }

    void configThatIsNotJsonStopsEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("providers") << QStringList{"providers"};
        QTest::newRow("health") << QStringList{"health"};
        QTest::newRow("transcribe") << QStringList{"transcribe", "x.wav"};
        QTest::newRow("compare") << QStringList{"compare", "x.wav"};
        QTest::newRow("speak") << QStringList{"speak", "hi", "--output", "x.wav"};
        QTest::newRow("voices") << QStringList{"voices"};
        QTest::newRow("config get") << QStringList{"config", "get", "health"};
        QTest::newRow("config set") << QStringList{"config", "set", "health.history_hours", "2"};
        QTest::newRow("keys") << QStringList{"keys", "status"};
        QTest::newRow("breaker") << QStringList{"breaker", "reset", "flite_tts"};
        QTest::newRow("bench") << QStringList{"bench", "--text", "hi"};
        QTest::newRow("monitor") << QStringList{"monitor", "--listen", "127.0.0.1:0"};
        QTest::newRow("suite") << QStringList{"suite", "run", "suite.json"};
    }
    void configThatIsNotJsonStopsEveryCommand()
    {
        QFETCH(QStringList, arguments);
        const QString config = writeFile("broken.json", "{\"version\": 1,,}");
        const CliRunner::Run run = m_cli->run(QStringList{"--config", config} + arguments);
        VD_COMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains("broken.json") && run.err.contains("move it aside"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"version\": 1,,}"));
    }

    void missingConfigFileGivenExplicitlyMeansDefaults()
    {
        const CliRunner::Run run =
            m_cli->run({"--config", m_cli->path("absent.json"), "config", "get", "version"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, QByteArray("1\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliInputs)
#include "tst_cliinputs.moc"
