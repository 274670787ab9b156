#include "app/cli/metrics/metricsserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace vd::cli;
using namespace std::chrono_literals;

// monitor's /metrics server against hostile clients, over real loopback sockets: oversize
// requests, idle and slow clients, connection floods, tokens. Waits are bounded waits on signals.
class TestMetricsServer : public QObject
{
    Q_OBJECT

private:
    static constexpr int kMaxRequest = 1024;
    std::unique_ptr<MetricsServer> m_server;

    struct Reply
    {
        QByteArray data;
        bool closed = false;
        QByteArray statusLine() const { return data.left(data.indexOf("\r\n")); }
        QByteArray body() const { return data.mid(data.indexOf("\r\n\r\n") + 4); }
    };

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        [&] { QVERIFY(socket->waitForConnected(5000)); }();
        return socket;
    }

    // Sends `request` and reads until the server closes the connection (at most 10 s).
    Reply exchange(const QByteArray& request)
    {
        const std::unique_ptr<QTcpSocket> socket = connectClient();
        Reply reply;
        connect(socket.get(), &QTcpSocket::readyRead, this, [&] { reply.data += socket->readAll(); });
        QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
        socket->write(request);
        reply.closed = closed.wait(10000) || closed.count() > 0;
        reply.data += socket->readAll();
        return reply;
    }

    static QByteArray get(const QByteArray& extraHeaders = {})
    {
        return "GET /metrics HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
    }

private Q_SLOTS:
    void init()
    {
        m_server =
            std::make_unique<MetricsServer>("text/plain; version=0.0.4", [] { return QByteArray("up 1\n"); });
        m_server->setLimits({kMaxRequest, 10000ms, 8});
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup() { m_server.reset(); }

    void servesMetricsAndClosesTheConnection()
    {
        const Reply reply = exchange(get());
        QCOMPARE(reply.statusLine(), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(reply.data.contains("\r\nContent-Type: text/plain; version=0.0.4\r\n"));
        QVERIFY(reply.data.contains("\r\nConnection: close\r\n"));
        QCOMPARE(reply.body(), QByteArray("up 1\n"));
        QVERIFY(reply.closed);
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("head") << QByteArray("HEAD /metrics HTTP/1.1\r\n\r\n") << QByteArray("200 OK");
        QTest::newRow("query") << QByteArray("GET /metrics?x=1 HTTP/1.0\r\n\r\n") << QByteArray("200 OK");
        QTest::newRow("other path") << QByteArray("GET /admin HTTP/1.1\r\n\r\n")
                                    << QByteArray("404 Not Found");
        QTest::newRow("post") << QByteArray("POST /metrics HTTP/1.1\r\n\r\n")
                              << QByteArray("405 Method Not Allowed");
        QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << QByteArray("400 Bad Request");
        QTest::newRow("body") << QByteArray("POST /metrics HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
                              << QByteArray("413 Content Too Large");
        QTest::newRow("chunked") << QByteArray(
                                        "POST /metrics HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n")
                                 << QByteArray("413 Content Too Large");
    }

    void answers()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const Reply reply = exchange(request);
        QCOMPARE(reply.statusLine(), "HTTP/1.1 " + status);
        QVERIFY(reply.closed);
    }

    // 300 MB announced, 4 MB sent: refused from the headers; the body is discarded, never kept.
    void oversizeRequestIsRefusedWithinTheCap_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("huge body") << "POST /metrics HTTP/1.1\r\nContent-Length: 300000000\r\n\r\n" +
                                          QByteArray(4 << 20, 'x')
                                   << QByteArray("413 Content Too Large");
        QTest::newRow("endless headers") << "GET /metrics HTTP/1.1\r\nX-Junk: " + QByteArray(4 << 20, 'x')
                                         << QByteArray("431 Request Header Fields Too Large");
        QTest::newRow("headers just over") << get("X-Junk: " + QByteArray(kMaxRequest, 'x') + "\r\n")
                                           << QByteArray("431 Request Header Fields Too Large");
    }

    void oversizeRequestIsRefusedWithinTheCap()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const Reply reply = exchange(request);
        QCOMPARE(reply.statusLine(), "HTTP/1.1 " + status);
        QVERIFY(reply.closed);
        QVERIFY2(m_server->peakBufferedBytes() <= kMaxRequest + 1,
                 QByteArray::number(m_server->peakBufferedBytes()).constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 10000);
    }

    void idleAndSlowClientsAreDisconnected_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("idle") << QByteArray();
        QTest::newRow("half a request") << QByteArray("GET /metrics HTTP/1.1\r\nHost: loc");
    }

    void idleAndSlowClientsAreDisconnected()
    {
        QFETCH(QByteArray, sent);
        m_server->setLimits({kMaxRequest, 100ms, 8});
        const std::unique_ptr<QTcpSocket> socket = connectClient();
        QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
        socket->write(sent);
        QVERIFY(closed.wait(10000));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void connectionFloodKeepsMetricsReachable()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 40; ++i)
            idle.push_back(connectClient());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->connectionCount() > 0, 10000);
        const Reply reply = exchange(get());
        QCOMPARE(reply.statusLine(), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(m_server->connectionCount() <= m_server->limits().maxConnections);
    }

    void tokenIsRequiredWhenSet_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("none") << QByteArray() << QByteArray("401 Unauthorized");
        QTest::newRow("wrong") << QByteArray("Authorization: Bearer s3cret-but-not\r\n")
                               << QByteArray("401 Unauthorized");
        QTest::newRow("prefix") << QByteArray("Authorization: Bearer s3cre\r\n")
                                << QByteArray("401 Unauthorized");
        QTest::newRow("basic") << QByteArray("Authorization: Basic czNjcmV0\r\n")
                               << QByteArray("401 Unauthorized");
        QTest::newRow("right") << QByteArray("Authorization: Bearer s3cret\r\n") << QByteArray("200 OK");
        QTest::newRow("any case") << QByteArray("authorization: bearer s3cret\r\n") << QByteArray("200 OK");
    }

    void tokenIsRequiredWhenSet()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, status);
        m_server->setToken("s3cret");
        const Reply reply = exchange(get(headers));
        QCOMPARE(reply.statusLine(), "HTTP/1.1 " + status);
        if (status.startsWith("401")) {
            QVERIFY(reply.data.contains("\r\nWWW-Authenticate: Bearer"));
            QVERIFY(!reply.body().contains("up 1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
