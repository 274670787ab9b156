#include "tests/app/cli/clirunner.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
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

    // Starts `monitor` and reads the port from its first line ("serving metrics at http://…").
    std::unique_ptr<QProcess> startMonitor(const QStringList& options, quint16& port)
    {
        std::unique_ptr<QProcess> process =
            m_cli->start(QStringList{"monitor", "--interval", "3600"} + options);
        QByteArray out;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains('\n') ||
                                         process->state() == QProcess::NotRunning,
                                     20000);
        }();
        const QRegularExpressionMatch found =
            QRegularExpression(":(\\d+)/metrics").match(QString::fromUtf8(out));
        port = found.hasMatch() ? quint16(found.captured(1).toUInt()) : 0;
        return process;
    }

    // A raw client: sends `request`, then reads until the monitor closes the connection.
    struct RawReply
    {
        QByteArray data;
        bool closed = false;
    };
    RawReply exchange(quint16 port, const QByteArray& request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        RawReply reply;
        if (!socket.waitForConnected(5000))
            return reply;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { reply.data += socket.readAll(); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.write(request);
        reply.closed = closed.wait(20000) || closed.count() > 0;
        reply.data += socket.readAll();
        return reply;
    }

    static qint64 peakResidentKiB(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QRegularExpressionMatch m =
            QRegularExpression("VmHWM:\\s+(\\d+) kB").match(QString::fromLatin1(status.readAll()));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
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
        QTest::newRow("client timeout")
            << QStringList{"monitor", "--client-timeout", "5"} << "--client-timeout";
        QTest::newRow("connections") << QStringList{"monitor", "--max-connections", "0"}
                                     << "--max-connections";
    }
    void invalidOptionsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = m_cli->run(arguments);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }

    // Issue #18: oversize requests, idle sockets and connection floods must not take /metrics down,
    // and a configured token must be required.
    void hostileClientsCannotTakeTheMetricsDown()
    {
        const QString tokenPath = m_cli->path("metrics.token");
        {
            QFile token(tokenPath);
            QVERIFY(token.open(QIODevice::WriteOnly));
            token.write("s3cret-token\n");
            token.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        quint16 port = 0;
        std::unique_ptr<QProcess> process =
            startMonitor({"--listen", "127.0.0.1:0", "--token-file", tokenPath, "--client-timeout", "1000",
                          "--max-connections", "4"},
                         port);
        QVERIFY(port != 0);
        const QByteArray authorized = "Authorization: Bearer s3cret-token\r\n";
        const auto get = [](const QByteArray& headers) {
            return "GET /metrics HTTP/1.1\r\n" + headers + "\r\n";
        };

        QVERIFY(exchange(port, get({})).data.startsWith("HTTP/1.1 401 "));
        QVERIFY(exchange(port, get("Authorization: Bearer wrong\r\n")).data.startsWith("HTTP/1.1 401 "));
        const RawReply ok = exchange(port, get(authorized));
        QVERIFY2(ok.data.startsWith("HTTP/1.1 200 ") && ok.data.contains("voicedeck_provider_up"),
                 ok.data.left(200));

        // 64 MB of body after a 300 MB Content-Length: refused, discarded, never held.
        const qint64 peakBefore = peakResidentKiB(process->processId());
        const RawReply huge = exchange(port, "POST /metrics HTTP/1.1\r\nContent-Length: 300000000\r\n\r\n" +
                                                 QByteArray(64 << 20, 'x'));
        QVERIFY(huge.closed);
        const qint64 grown = peakResidentKiB(process->processId()) - peakBefore;
        QVERIFY2(peakBefore > 0 && grown < 16 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grown)));
        const RawReply headers =
            exchange(port, "GET /metrics HTTP/1.1\r\nX-Junk: " + QByteArray(1 << 20, 'x'));
        QVERIFY2(headers.data.startsWith("HTTP/1.1 431 "), headers.data.left(200));

        // An idle client is cut after --client-timeout.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(idle.waitForConnected(5000));
        QSignalSpy idleClosed(&idle, &QTcpSocket::disconnected);
        QVERIFY(idleClosed.wait(20000));

        // A flood of idle connections beyond --max-connections leaves /metrics reachable.
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 40; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(flood.back()->waitForConnected(5000));
        }
        const RawReply reachable = exchange(port, get(authorized));
        QVERIFY2(reachable.data.startsWith("HTTP/1.1 200 "), reachable.data.left(200));

        ::kill(pid_t(process->processId()), SIGTERM);
        const CliRunner::Run run = CliRunner::finish(*process);
        VD_COMPARE_EXIT(run, 0);
        QVERIFY2(!run.err.contains("WARNING"), run.err.constData()); // loopback, private token file
    }

    void nonLoopbackListenWarns_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("warns");
        QTest::newRow("all IPv4") << "0.0.0.0:0" << true;
        QTest::newRow("no host") << ":0" << true;
        QTest::newRow("all IPv6") << "[::]:0" << true;
        QTest::newRow("loopback") << "127.0.0.1:0" << false;
    }

    void nonLoopbackListenWarns()
    {
        QFETCH(QString, listen);
        QFETCH(bool, warns);
        quint16 port = 0;
        std::unique_ptr<QProcess> process = startMonitor({"--listen", listen}, port);
        if (port == 0) {
            const CliRunner::Run run = CliRunner::finish(*process);
            if (run.err.contains("cannot listen"))
                QSKIP("this machine cannot listen there (no IPv6?)");
            QFAIL(run.err.constData());
        }
        ::kill(pid_t(process->processId()), SIGTERM);
        const CliRunner::Run run = CliRunner::finish(*process);
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.err.contains("WARNING: --listen " + listen.toUtf8()), warns);
        if (warns)
            QVERIFY2(run.err.contains("--token-file"), run.err.constData());
    }

    void tokenFileErrorsExitTwo()
    {
        const QString empty = m_cli->path("empty.token");
        QFile(empty).open(QIODevice::WriteOnly);
        for (const QString& path : {empty, m_cli->path("missing.token")}) {
            const CliRunner::Run run =
                m_cli->run({"monitor", "--listen", "127.0.0.1:0", "--token-file", path});
            VD_COMPARE_EXIT(run, 2);
            QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_climonitor.moc"
