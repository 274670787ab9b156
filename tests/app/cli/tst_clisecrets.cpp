#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <csignal>

using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// No command ever shows a key (PRODUCT.md §1, §4): with fake keys in the environment (and, inside
// scripts/test-services.sh, in the keychain) every command runs with --verbose, with and without
// --json, against the mock answering normally, with 401 and with 500; the keys must not appear in
// stdout, stderr, the config file or anything in the state directory.
class TestCliSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_secrets;
    QString m_wav;
    QByteArray m_seen; // everything the commands printed, for the final sweep

    void checkClean(const QByteArray& bytes, const QString& where)
    {
        for (const QString& secret : std::as_const(m_secrets)) {
            // The whole key and its distinctive middle: no prefix, suffix or fragment either.
            for (const QString& part : {secret, secret.mid(3, 12), secret.right(10)})
                QVERIFY2(!bytes.contains(part.toUtf8()),
                         qPrintable(where + " shows a key fragment: " + part));
        }
    }

    void runEverything(const QString& round)
    {
        const QList<QStringList> commands{
            {"providers"},
            {"health"},
            {"transcribe", m_wav, "--provider", "openai_stt"},
            {"transcribe", m_wav, "--provider", "google_stt"},
            {"transcribe", m_wav, "--provider", "yandex_stt"},
            {"transcribe", m_wav},
            {"compare", m_wav, "--reference", "hello there"},
            {"speak", "hello", "--provider", "openai_tts", "--output", m_cli->path("o.wav")},
            {"speak", "hello", "--provider", "google_tts", "--output", m_cli->path("g.wav")},
            {"speak", "hello", "--provider", "yandex_tts", "--output", m_cli->path("y.wav")},
            {"voices"},
            {"config", "get", "providers"},
            {"config", "set", "providers.openai_stt.settings.model", "whisper-1"},
            {"keys", "status"},
            {"breaker", "reset", "openai_stt"},
            {"bench", m_wav, "--requests", "2", "--provider", "openai_stt", "--provider", "google_stt"},
            {"bench", "--text", "hi", "--requests", "2", "--provider", "openai_tts", "--provider",
             "yandex_tts"},
        };
        for (const QStringList& command : commands) {
            // Text and JSON output differ most when things work; failures are checked in JSON only (time).
            for (const bool json : {false, true}) {
                if (!json && round != QLatin1String("accepted"))
                    continue;
                const QStringList arguments =
                    command + QStringList{"--verbose"} + (json ? QStringList{"--json"} : QStringList{});
                const CliRunner::Run run = m_cli->run(arguments);
                QVERIFY2(run.exitCode >= 0 && run.exitCode <= 3, qPrintable(arguments.join(' ')));
                const QString where = round + ": " + arguments.join(' ');
                checkClean(run.out, where + " (stdout)");
                checkClean(run.err, where + " (stderr)");
                m_seen += run.out + run.err;
            }
        }
        runMonitor(round);
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.fileName().endsWith(".wav"))
                continue; // audio, not text
            QVERIFY(file.open(QIODevice::ReadOnly));
            checkClean(file.readAll(), round + ": " + file.fileName());
        }
    }

    void runMonitor(const QString& round)
    {
        std::unique_ptr<QProcess> process =
            m_cli->start({"monitor", "--listen", "127.0.0.1:0", "--interval", "1", "--verbose"});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains('\n'), 20000);
        const QRegularExpressionMatch url =
            QRegularExpression("(http://\\S+/metrics)").match(QString::fromUtf8(out));
        QVERIFY(url.hasMatch());
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url.captured(1))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QByteArray metrics = reply->readAll();
        delete reply;
        QVERIFY(metrics.contains("voicedeck_provider_up"));
        ::kill(pid_t(process->processId()), SIGTERM);
        const CliRunner::Run run = CliRunner::finish(*process);
        VD_COMPARE_EXIT(run, 0);
        checkClean(metrics, round + ": /metrics");
        checkClean(out + run.out, round + ": monitor (stdout)");
        checkClean(run.err, round + ": monitor (stderr)");
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

        m_secrets = QStringList{"sk-openaiFAKE-9d8c7b6a5f4e3d2c", "AIzaGoogleFAKE-1a2b3c4d5e6f7a8b",
                                "AQVNyandexFAKE-55aa44bb33cc22dd", "t1.iamFAKE-0f1e2d3c4b5a6978"};
        m_cli->setEnv("OPENAI_API_KEY", m_secrets.at(0));
        m_cli->setEnv("GOOGLE_API_KEY", m_secrets.at(1));
        m_cli->setEnv("YANDEX_API_KEY", m_secrets.at(2));
        m_cli->setEnv("YANDEX_IAM_TOKEN", m_secrets.at(3));
        m_cli->setEnv("YANDEX_FOLDER_ID", "b1gfolder");
        const QString openai = m_server.baseUrl(Vendor::OpenAi).toString();
        const QString google = m_server.baseUrl(Vendor::Google).toString();
        const QString yandex = m_server.baseUrl(Vendor::Yandex).toString();
        const auto at = [](const QString& url) {
            return QJsonObject{{"settings", QJsonObject{{"base_url", url}}}};
        };
        m_cli->writeConfig(QJsonObject{
            {"providers", QJsonObject{{"openai_stt", at(openai)},
                                      {"openai_tts", at(openai)},
                                      {"google_stt", at(google)},
                                      {"google_tts", at(google)},
                                      {"yandex_stt", at(yandex)},
                                      {"yandex_tts", at(yandex)},
                                      {"pocketsphinx_stt", QJsonObject{{"enabled", false}}}}},
            {"routing", QJsonObject{{"max_retries", 0}}},
        });
        if (!qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN")) {
            // The OpenAI key then comes from the keychain, which wins over the environment.
            m_secrets << QStringLiteral("sk-keychainFAKE-77e6d5c4b3a29180");
            const CliRunner::Run set =
                m_cli->run({"keys", "set", "openai", "--verbose"}, m_secrets.last().toUtf8() + "\n");
            VD_COMPARE_EXIT(set, 0);
            checkClean(set.out + set.err, "keys set");
        }
    }

    void acceptedKeysNeverShow()
    {
        m_server.reset();
        m_server.setApiKeys(m_secrets);
        m_server.setTranscript("hello there");
        runEverything("accepted");
        // The commands did reach the mock with the keys: this test would see a leak.
        QVERIFY(m_server.requestCount(Endpoint::OpenAiTranscriptions) > 0);
        QVERIFY(m_server.requestCount(Endpoint::YandexSynthesize) > 0);
        QVERIFY(m_seen.contains("hello there"));
    }

    void rejectedKeysNeverShow()
    {
        m_server.reset();
        m_server.setApiKeys({"some-other-key"}); // every call is answered 401 in the vendor's shape
        runEverything("401");
        QVERIFY(m_seen.contains("auth"));
    }

    void serverErrorsNeverShowKeys()
    {
        m_server.reset();
        m_server.setApiKeys(m_secrets);
        m_server.setFault(Endpoint::All, Fault::httpError(500));
        runEverything("500");
        QVERIFY(m_seen.contains("server"));
    }

    void cleanupTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN") && m_cli)
            m_cli->run({"keys", "delete", "openai"});
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
