#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/fault.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <csignal>
#include <sys/resource.h>

using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// What voicedeck-cli writes when the world is hostile (issue #18): server texts with terminal
// escape sequences, a stdout or disk that takes nothing, and query strings with a '+'.
class TestCliHostileOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_wav;

    // Clears the screen, sets the window title, rings the bell; C1 CSI and DEL too.
    static QString hostile() { return QString::fromUtf16(u"bad\x1b[2J\x1b]0;owned\x07 \u009b31m\x7f\r end"); }

    CliRunner::Run runTo(const QString& stdoutFile, const QStringList& arguments,
                         std::function<void()> childSetup = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_cli->environment());
        process.setStandardOutputFile(stdoutFile);
        if (childSetup)
            process.setChildProcessModifier(childSetup);
        process.start(CliRunner::binary(), arguments);
        return CliRunner::finish(process);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_cli = std::make_unique<CliRunner>(m_dir);
        auto settings = [this](Vendor vendor) {
            return QJsonObject{{"settings", QJsonObject{{"base_url", m_server.baseUrl(vendor).toString()}}}};
        };
        m_cli->writeConfig(
            QJsonObject{{"providers", QJsonObject{{"openai_stt", settings(Vendor::OpenAi)},
                                                  {"yandex_stt", settings(Vendor::Yandex)},
                                                  {"pocketsphinx_stt", QJsonObject{{"enabled", false}}}}},
                        {"routing", QJsonObject{{"max_retries", 0}}}});
        m_cli->setEnv("OPENAI_API_KEY", "test-key");
        m_cli->setEnv("YANDEX_API_KEY", "test-key");
        m_wav = m_cli->path("hello.wav");
        VD_COMPARE_EXIT(m_cli->run({"speak", "hello", "--provider", "flite_tts", "--output", m_wav}), 0);
    }

    void init() { m_server.reset(); }

    void controlCharactersOfServersAreEscapedForTheTerminal()
    {
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(400, {}, hostile()));
        const CliRunner::Run failed = m_cli->run({"transcribe", m_wav, "--provider", "openai_stt"});
        VD_COMPARE_EXIT(failed, 2);
        QVERIFY2(failed.err.contains("bad\\x1b[2J\\x1b]0;owned\\x07 \\u009b31m\\x7f"),
                 failed.err.constData());

        m_server.reset();
        m_server.setTranscript(hostile());
        const CliRunner::Run heard = m_cli->run({"transcribe", m_wav, "--provider", "openai_stt"});
        VD_COMPARE_EXIT(heard, 0);
        QVERIFY2(heard.out.contains("bad\\x1b[2J"), heard.out.constData());
        for (const CliRunner::Run& run : {failed, heard}) {
            for (const QByteArray& stream : {run.out, run.err}) {
                QVERIFY2(!stream.contains('\x1b') && !stream.contains('\x07') && !stream.contains('\r') &&
                             !stream.contains('\x7f') && !stream.contains("\xc2\x9b"),
                         stream.toHex(' ').constData());
            }
        }

        // JSON escapes them itself (and keeps the text exact for scripts).
        const CliRunner::Run json = m_cli->run({"transcribe", m_wav, "--provider", "openai_stt", "--json"});
        VD_COMPARE_EXIT(json, 0);
        QVERIFY2(!json.out.contains('\x1b') && json.out.contains("\\u001b[2J"), json.out.constData());
        QCOMPARE(json.json()[u"text"].toString(), hostile());
    }

    void lostStdoutIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("providers") << QStringList{"providers"};
        QTest::newRow("providers --json") << QStringList{"providers", "--json"};
        QTest::newRow("transcribe") << QStringList{"transcribe", m_wav, "--provider", "openai_stt"};
        QTest::newRow("--version") << QStringList{"--version"};
    }
    void lostStdoutIsAnError()
    {
        QFETCH(QStringList, arguments);
        const CliRunner::Run run = runTo("/dev/full", arguments);
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains("cannot write the output to stdout: No space left on device"),
                 run.err.constData());
    }

    void failedOutputWriteNamesThePathAndTheReason()
    {
        // A file size limit makes the write fail like a full disk, without filling one.
        const QString output = m_cli->path("big.wav");
        const CliRunner::Run run =
            runTo(m_cli->path("stdout.txt"),
                  {"speak", "hello there", "--provider", "flite_tts", "--output", output}, [] {
                      std::signal(SIGXFSZ, SIG_IGN);
                      const rlimit limit{2048, 2048};
                      ::setrlimit(RLIMIT_FSIZE, &limit);
                  });
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains("big.wav") && run.err.contains("File too large"), run.err.constData());
        QVERIFY(QDir(m_dir.path()).entryList({"big.wav*"}, QDir::Files).isEmpty());
    }

    void plusInTheLanguageReachesYandexAsAPlus()
    {
        const CliRunner::Run run =
            m_cli->run({"transcribe", m_wav, "--provider", "yandex_stt", "--language", "en-US+x"});
        QVERIFY2(run.exitCode != 0, run.err.constData()); // the mock knows no language "en-US+x"
        const QList<vd::test::RecordedRequest> requests = m_server.requests(Endpoint::YandexRecognize);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().query.queryItemValue("lang", QUrl::FullyDecoded),
                 QStringLiteral("en-US+x"));
    }
};

QTEST_GUILESS_MAIN(TestCliHostileOutput)
#include "tst_clihostileoutput.moc"
