#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <csignal>

using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// `voicedeck-cli monitor`: probes on an interval and serves Prometheus metrics at /metrics; the
// scrape is checked with promtool, the real process is stopped with SIGTERM.
class TestCliMonitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<CliRunner> m_cli;

    struct Scrape
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    Scrape scrape(const QUrl& url)
    {
        QNetworkReply* reply = m_network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        [&] { QVERIFY(done.wait(10000)); }();
        Scrape result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

    static double value(const QByteArray& metrics, const QString& series)
    {
        const QRegularExpression line(QStringLiteral("^%1 (\\S+)$").arg(QRegularExpression::escape(series)),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(metrics));
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_cli = std::make_unique<CliRunner>(m_dir);
        const QString openai = m_server.baseUrl(Vendor::OpenAi).toString();
        m_cli->writeConfig(QJsonObject{
            {"providers",
             QJsonObject{{"openai_stt", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                         {"openai_tts", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                         {"pocketsphinx_stt", QJsonObject{{"enabled", false}}},
                         {"espeak_tts", QJsonObject{{"enabled", false}}}}}});
        m_cli->setEnv("OPENAI_API_KEY", "test-key");
    }

    void servesValidMetricsWhileProbingAndStopsOnSigterm()
    {
        m_server.setFault(Endpoint::OpenAiModels, Fault::httpError(500)); // openai_tts probes /models too
        std::unique_ptr<QProcess> process =
            m_cli->start({"monitor", "--listen", "127.0.0.1:0", "--interval", "1"});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains('\n'), 20000);
        const QRegularExpressionMatch found =
            QRegularExpression("(http://127\\.0\\.0\\.1:\\d+/metrics)").match(QString::fromUtf8(out));
        QVERIFY2(found.hasMatch(), out.constData());
        const QUrl url(found.captured(1));

        // Rounds come every second or so: wait until two probes of each kind were counted.
        Scrape metrics;
        QTRY_VERIFY_WITH_TIMEOUT(
            (metrics = scrape(url),
             value(metrics.body,
                   "voicedeck_requests_total{provider=\"openai_stt\",type=\"probe\",outcome=\"server\"}") >=
                     2 &&
                 value(metrics.body,
                       "voicedeck_requests_total{provider=\"flite_tts\",type=\"probe\",outcome=\"ok\"}") >=
                     2),
            30000);
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.contentType.startsWith("text/plain; version=0.0.4"),
                 metrics.contentType.constData());
        QCOMPARE(value(metrics.body, "voicedeck_provider_up{provider=\"flite_tts\"}"), 1.0);
        QCOMPARE(value(metrics.body,
                       "voicedeck_provider_health_status{provider=\"openai_stt\",status=\"DEGRADED\"}"),
                 1.0);
        QCOMPARE(value(metrics.body, "voicedeck_breaker_state{provider=\"openai_stt\",state=\"CLOSED\"}"),
                 1.0);
        QCOMPARE(value(metrics.body, "voicedeck_provider_configured{provider=\"google_stt\"}"), 0.0);
        QCOMPARE(value(metrics.body, "voicedeck_provider_enabled{provider=\"espeak_tts\"}"), 0.0);
        QVERIFY(value(metrics.body, "voicedeck_request_duration_seconds_bucket{provider=\"flite_tts\",type="
                                    "\"probe\",le=\"+Inf\"}") >= 2);
        QVERIFY(metrics.body.contains("# TYPE voicedeck_request_duration_seconds histogram"));
        QCOMPARE(scrape(url.resolved(QUrl("/other"))).status, 404);

        const QString promtool = QStandardPaths::findExecutable("promtool");
        if (!promtool.isEmpty()) {
            QProcess check;
            check.start(promtool, {"check", "metrics"});
            check.write(metrics.body);
            check.closeWriteChannel();
            QVERIFY(check.waitForFinished(30000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        }

        ::kill(pid_t(process->processId()), SIGTERM);
        const CliRunner::Run run = CliRunner::finish(*process);
        VD_COMPARE_EXIT(run, 0);
        QDirIterator files(m_cli->dataPath(), {"resilience-state.json"}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY2(files.hasNext(), "the monitor's probes must be saved on exit");
        if (promtool.isEmpty())
            QSKIP("promtool (Debian package prometheus) is not installed: the format was not validated");
    }

    void busyPortIsAUsageError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(taken.serverPort());
        const CliRunner::Run run = m_cli->run({"monitor", "--listen", address});
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(address.toUtf8()) && run.err.contains("--listen"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void invalidOptionsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no port") << QStringList{"monitor", "--listen", "127.0.0.1"} << "HOST:PORT";
        QTest::newRow("bad host") << QStringList{"monitor", "--listen", "not a host:80"} << "HOST:PORT";
        QTest::newRow("port out of range")
            << QStringList{"monitor", "--listen", "127.0.0.1:70000"} << "HOST:PORT";
        QTest::newRow("zero interval") << QStringList{"monitor", "--interval", "0"} << "--interval";
    }
    void invalidOptionsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_climonitor.moc"
