#include "core/network/errorclassifier.h"
#include "core/network/formdata.h"
#include "core/network/httpjob.h"
#include "tests/support/socketreset.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace vd;
using namespace std::chrono_literals;

namespace {

// A loopback HTTP/1.1 peer whose answers each test scripts byte by byte, so the job meets
// exactly the wire conditions under test (caps, chunking, redirects, stalls).
class ScriptedServer : public QObject
{
public:
    using Responder = std::function<void(QTcpSocket*, const QByteArray& request)>;

    explicit ScriptedServer(Responder responder) : m_responder(std::move(responder))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_socket = socket;
                connect(socket, &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    QUrl url(const QString& path = QStringLiteral("/api")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QByteArray request() const { return m_request; }
    bool requestComplete() const { return m_complete; }
    bool disconnected() const { return m_disconnected; }
    QTcpSocket* socket() const { return m_socket; }

private:
    void onData(QTcpSocket* socket)
    {
        m_request += socket->readAll();
        const qsizetype headerEnd = m_request.indexOf("\r\n\r\n");
        if (headerEnd < 0 || m_complete)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : m_request.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_request.size() < headerEnd + 4 + length)
            return;
        m_complete = true;
        m_responder(socket, m_request);
    }

    QTcpServer m_server;
    Responder m_responder;
    QByteArray m_request;
    QTcpSocket* m_socket = nullptr;
    bool m_complete = false;
    bool m_disconnected = false;
};

QByteArray answer(int status, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body;
}

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

// The HTTP request job: what it sends, how it caps and streams answers, and how it stops.
class TestHttpJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsHeadersAndBodyAndCollectsTheAnswer();
    void sendsMultipartFormData();
    void keepsStatusHeadersAndBodyOfErrors();
    void stopsAnAnswerAnnouncedOverTheCap();
    void stopsAChunkedAnswerGrowingOverTheCap();
    void takesInAnAnswerLargerThanQtReadsAhead_data();
    void takesInAnAnswerLargerThanQtReadsAhead();
    void streamsSuccessBodyChunksAsTheyArrive();
    void abortEmitsNothingAfterwards();
    void refusesRedirectsToAnotherHost();
    void stopsAStalledTransfer();
    void keepsATransferThatMovesSlowly();
    void reportsARefusedConnection();
    void reportsABodyCutShortOfItsLength_data();
    void reportsABodyCutShortOfItsLength();

private:
    QNetworkAccessManager m_network;
};

void TestHttpJob::sendsHeadersAndBodyAndCollectsTheAnswer()
{
    ScriptedServer server(
        [](QTcpSocket* socket, const QByteArray&) { socket->write(answer(200, R"({"ok":true})")); });
    HttpCall call;
    call.method = "POST";
    call.url = server.url(QStringLiteral("/v1/things?x=1"));
    call.headers = {{"Authorization", "Bearer secret"}, {"Content-Type", "application/json"}};
    call.body = R"({"a":1})";
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job.response().status, 200);
    QCOMPARE(job.response().body, QByteArray(R"({"ok":true})"));
    QCOMPARE(job.response().header("content-type"), QByteArray("application/json"));
    QVERIFY(job.response().isSuccess());
    const QByteArray request = server.request();
    QVERIFY(request.startsWith("POST /v1/things?x=1 HTTP/1.1\r\n"));
    QVERIFY(request.contains("Authorization: Bearer secret\r\n"));
    QVERIFY(request.endsWith("\r\n\r\n{\"a\":1}"));
}

void TestHttpJob::sendsMultipartFormData()
{
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) { socket->write(answer(200, "{}")); });
    const FormData form = encodeFormData(
        {{"file", QStringLiteral("audio.wav"), "audio/wav", "RIFFdata"}, {"model", {}, {}, "whisper-1"}});
    HttpCall call;
    call.method = "POST";
    call.url = server.url();
    call.headers = {{"Content-Type", form.contentType}};
    call.body = form.body;
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    const QByteArray request = server.request();
    QVERIFY(request.contains("\r\nContent-Type: " + form.contentType + "\r\n"));
    QVERIFY(request.contains("\r\nContent-Length: " + QByteArray::number(form.body.size()) + "\r\n"));
    QVERIFY(request.endsWith("\r\n\r\n" + form.body));
}

void TestHttpJob::keepsStatusHeadersAndBodyOfErrors()
{
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) {
        socket->write(
            answer(429, R"({"error":{"message":"slow down","type":"requests","code":"rate_limit_exceeded"}})",
                   "Retry-After: 4\r\n"));
    });
    HttpCall call;
    call.url = server.url();
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job.response().status, 429);
    QVERIFY(!job.response().isSuccess());
    const auto error = classifyResponse(CloudVendor::OpenAi, job.response(), SystemClock::instance());
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::RateLimited);
    QCOMPARE(error->retryAfter, std::optional(std::chrono::milliseconds(4000)));
    QVERIFY(error->message.contains(QLatin1String("slow down")));
}

void TestHttpJob::stopsAnAnswerAnnouncedOverTheCap()
{
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: 5000000\r\n\r\nRIFF");
    });
    HttpCall call;
    call.url = server.url();
    call.maxResponseBytes = 4 * kMiB;
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(job.response().localError.has_value());
    QCOMPARE(job.response().localError->kind, ErrorKind::InvalidResponse);
    QVERIFY2(job.response().localError->message.contains(QLatin1String("4 MiB")),
             qPrintable(job.response().localError->message));
}

void TestHttpJob::stopsAChunkedAnswerGrowingOverTheCap()
{
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 8; ++i)
            socket->write(chunk(QByteArray(1000, 'a')));
    });
    HttpCall call;
    call.url = server.url();
    call.maxResponseBytes = 3000;
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(job.response().localError.has_value());
    QVERIFY(job.response().localError->message.contains(QLatin1String("3000 bytes")));
    QVERIFY(job.response().body.size() <= 3000);
}

void TestHttpJob::takesInAnAnswerLargerThanQtReadsAhead_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

// The job leaves a short answer in Qt's buffer until it has finished, but must take in a long one
// as it arrives: Qt stops reading the socket once it holds kReadAheadBytes the job has not taken,
// so a job that waited for the end would stall until the idle timeout.
void TestHttpJob::takesInAnAnswerLargerThanQtReadsAhead()
{
    QFETCH(bool, chunked);
    QByteArray body(5 * HttpJob::kReadAheadBytes + 123, Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(i * 7 % 251); // a pattern: bytes out of order or lost would show
    ScriptedServer server([&body, chunked](QTcpSocket* socket, const QByteArray&) {
        if (!chunked) {
            socket->write(answer(200, body));
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (qsizetype at = 0; at < body.size(); at += 100000)
            socket->write(chunk(body.mid(at, 100000)));
        socket->write("0\r\n\r\n");
    });
    HttpCall call;
    call.url = server.url();
    call.maxResponseBytes = 64 * kMiB;
    HttpJob job(&m_network, call);
    job.setTransferTimeout(15s); // a stall fails the test with its error, well before the wait ends
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    if (job.response().localError)
        QFAIL(qPrintable(job.response().localError->message));
    QCOMPARE(job.response().status, 200);
    QCOMPARE(job.response().body.size(), body.size());
    QVERIFY(job.response().body == body);
}

void TestHttpJob::streamsSuccessBodyChunksAsTheyArrive()
{
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n");
        socket->write(chunk("first"));
    });
    HttpCall call;
    call.method = "POST";
    call.url = server.url();
    call.streamBody = true;
    HttpJob job(&m_network, call);
    QSignalSpy chunks(&job, &HttpJob::bodyChunk);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    // The first chunk arrives while the answer is still open.
    QTRY_COMPARE(chunks.count(), 1);
    QCOMPARE(chunks.at(0).at(0).toByteArray(), QByteArray("first"));
    QCOMPARE(finished.count(), 0);
    server.socket()->write(chunk("second") + "0\r\n\r\n");
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job.response().body, QByteArray("firstsecond"));
    QCOMPARE(chunks.last().at(0).toByteArray(), QByteArray("second"));
}

void TestHttpJob::abortEmitsNothingAfterwards()
{
    ScriptedServer server([](QTcpSocket*, const QByteArray&) {});
    HttpCall call;
    call.url = server.url();
    call.streamBody = true;
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    QSignalSpy chunks(&job, &HttpJob::bodyChunk);
    job.start();
    QTRY_VERIFY(server.requestComplete());
    job.abort();
    QVERIFY(!job.isRunning());
    // The server answers after the abort; the client has already hung up.
    server.socket()->write(answer(200, "late"));
    QTRY_VERIFY(server.disconnected());
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(chunks.count(), 0);
}

void TestHttpJob::refusesRedirectsToAnotherHost()
{
    ScriptedServer other([](QTcpSocket* socket, const QByteArray&) { socket->write(answer(200, "{}")); });
    const QUrl otherUrl(QStringLiteral("http://localhost:%1/steal").arg(other.url().port()));
    ScriptedServer server([otherUrl](QTcpSocket* socket, const QByteArray&) {
        socket->write(answer(307, "", "Location: " + otherUrl.toEncoded() + "\r\n"));
    });
    HttpCall call;
    call.url = server.url();
    call.headers = {{"Authorization", "Bearer secret"}};
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(other.request().isEmpty());
    const auto error = classifyResponse(CloudVendor::OpenAi, job.response(), SystemClock::instance());
    QVERIFY(error.has_value());
    QVERIFY2(error->kind == ErrorKind::Network || error->kind == ErrorKind::InvalidResponse,
             qPrintable(error->summary()));
}

void TestHttpJob::stopsAStalledTransfer()
{
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npart");
    });
    HttpCall call;
    call.url = server.url();
    HttpJob job(&m_network, call);
    job.setTransferTimeout(300ms);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(job.response().localError.has_value());
    QCOMPARE(job.response().localError->kind, ErrorKind::Timeout);
}

void TestHttpJob::keepsATransferThatMovesSlowly()
{
    // A byte every 50 ms for 1.5 s: the whole answer takes longer than the idle timeout, but no
    // pause comes near it, so the timeout must count from the last byte, not from the start.
    constexpr int kBytes = 30;
    ScriptedServer server([](QTcpSocket* socket, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kBytes) + "\r\n\r\n");
        auto* trickle = new QTimer(socket);
        QObject::connect(trickle, &QTimer::timeout, socket, [socket, trickle, sent = 0]() mutable {
            socket->write("x");
            if (++sent == kBytes)
                trickle->stop();
        });
        trickle->start(50ms);
    });
    HttpCall call;
    call.url = server.url();
    HttpJob job(&m_network, call);
    job.setTransferTimeout(1s);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // QVERIFY2 builds its message whether or not the check fails: no dereferencing an empty optional.
    const std::optional<ProviderError>& error = job.response().localError;
    QVERIFY2(!error.has_value(), qPrintable(error ? error->message : QString()));
    QCOMPARE(job.response().body, QByteArray(kBytes, 'x'));
}

void TestHttpJob::reportsARefusedConnection()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const quint16 port = closed.serverPort();
    closed.close();
    HttpCall call;
    call.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto error = classifyResponse(CloudVendor::Yandex, job.response(), SystemClock::instance());
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::Network);
    QVERIFY2(error->message.contains(QLatin1String("refused")), qPrintable(error->message));
}

void TestHttpJob::reportsABodyCutShortOfItsLength_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("reset");
    // A body that ends before its Content-Length is a network error, however the connection
    // ends. Qt 6.4 reports these as errors itself, except, rarely and only under load, a reset
    // mid-body (seen in CI as "200, 7222 of 14444 bytes, no error"); HttpJob checks the length
    // so that case fails too.
    QTest::newRow("HTTP/1.0, closed") << QByteArray("HTTP/1.0") << false;
    QTest::newRow("HTTP/1.1, closed") << QByteArray("HTTP/1.1") << false;
    QTest::newRow("HTTP/1.1, reset") << QByteArray("HTTP/1.1") << true;
}

void TestHttpJob::reportsABodyCutShortOfItsLength()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, reset);
    ScriptedServer server([version, reset](QTcpSocket* socket, const QByteArray&) {
        socket->write(version + " 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: 2000\r\n\r\n" +
                      QByteArray(1000, 'a'));
        socket->flush();
        if (reset)
            test::resetConnection(socket);
        else
            socket->disconnectFromHost();
    });
    HttpCall call;
    call.method = "POST";
    call.url = server.url();
    call.body = "{}";
    HttpJob job(&m_network, call);
    QSignalSpy finished(&job, &HttpJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!job.response().isSuccess());
    const auto error = classifyResponse(CloudVendor::OpenAi, job.response(), SystemClock::instance());
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::Network);
}

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
