#include "app/cli/metrics/metricsserver.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace vd::cli {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    }
    return "Error";
}

// Equal length and content, in time that depends on neither: both sides are hashed first.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0;
}

// "Name: value" → {"name", "value"}; a line without a colon gives an empty name.
std::pair<QByteArray, QByteArray> headerField(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return {};
    return {line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed()};
}

} // namespace

MetricsServer::MetricsServer(QByteArray contentType, Render render, QObject* parent)
    : QObject(parent), m_contentType(std::move(contentType)), m_render(std::move(render))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

MetricsServer::~MetricsServer()
{
    close(); // before the members go: the sockets' signals reach drop()
}

bool MetricsServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void MetricsServer::close()
{
    m_server.close();
    const QList<QTcpSocket*> open = m_order;
    for (QTcpSocket* socket : open)
        drop(socket);
}

void MetricsServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        // The newest connection is the one most likely to be a scraper; idle ones are the oldest.
        while (!m_order.isEmpty() && m_order.size() >= m_limits.maxConnections)
            drop(m_order.first());
        m_connections.insert(socket, {});
        m_order.append(socket);
        // Qt keeps no more than this unread: the rest waits in the kernel, not in our memory.
        socket->setReadBufferSize(m_limits.maxRequestBytes + 1);
        auto* timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, this, [this, socket] { drop(socket); });
        timeout->start(m_limits.clientTimeout);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            // Lingering close: end our side once the answer is out, drain the peer's rest until it
            // closes (closing with unread input would reset the connection and lose the answer).
            if (m_connections.value(socket).answered && socket->bytesToWrite() == 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        });
        read(socket);
    }
}

void MetricsServer::read(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& c = *it;
    if (c.answered) {
        // Discarded as it comes: costs no memory, and the client timeout bounds the time.
        socket->skip(socket->bytesAvailable());
        return;
    }
    c.request += socket->read(m_limits.maxRequestBytes + 1 - c.request.size());
    m_peakBuffered = std::max(m_peakBuffered, qint64(c.request.size()));
    const qsizetype end = c.request.indexOf("\r\n\r\n");
    if ((end < 0 && c.request.size() > m_limits.maxRequestBytes) || end + 4 > m_limits.maxRequestBytes) {
        answer(socket, 431,
               QByteArrayLiteral("The request line and headers are limited to ") +
                   QByteArray::number(m_limits.maxRequestBytes) + QByteArrayLiteral(" bytes.\n"));
        return;
    }
    if (end >= 0)
        handle(socket, c.request.left(end));
}

void MetricsServer::handle(QTcpSocket* socket, const QByteArray& head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines)
        line = line.trimmed();
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        answer(socket, 400, QByteArrayLiteral("Expected a request line like \"GET /metrics HTTP/1.1\".\n"));
        return;
    }
    for (const QByteArray& line : std::as_const(lines)) {
        const auto [name, value] = headerField(line);
        if ((name == "content-length" && value != "0") || name == "transfer-encoding") {
            answer(socket, 413, QByteArrayLiteral("/metrics takes no request body.\n"));
            return;
        }
    }
    const QByteArray& method = requestLine[0];
    if (method != "GET" && method != "HEAD") {
        answer(socket, 405, QByteArrayLiteral("Only GET and HEAD are served.\n"), "Allow: GET, HEAD\r\n");
        return;
    }
    const QByteArray& target = requestLine[1];
    if (target.first(target.contains('?') ? target.indexOf('?') : target.size()) != "/metrics") {
        answer(socket, 404, QByteArrayLiteral("Only /metrics is served.\n"));
        return;
    }
    if (!m_token.isEmpty() && !authorized(lines)) {
        answer(socket, 401, QByteArrayLiteral("A bearer token is required (Authorization: Bearer TOKEN).\n"),
               "WWW-Authenticate: Bearer realm=\"voicedeck-metrics\"\r\n");
        return;
    }
    answer(socket, 200, m_render(), {}, method == "GET");
}

bool MetricsServer::authorized(const QList<QByteArray>& headerLines) const
{
    for (const QByteArray& line : headerLines) {
        const auto [name, value] = headerField(line);
        if (name != "authorization")
            continue;
        if (value.size() > 7 && value.left(7).toLower() == "bearer ")
            return sameSecret(value.mid(7).trimmed(), m_token);
    }
    return false;
}

void MetricsServer::answer(QTcpSocket* socket, int status, const QByteArray& body,
                           const QByteArray& extraHeaders, bool withBody)
{
    const QByteArray type = status == 200 ? m_contentType : QByteArrayLiteral("text/plain; charset=utf-8");
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                          "\r\nContent-Type: " + type +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    if (withBody)
        response += body;
    Connection& c = m_connections[socket];
    c.answered = true;
    c.request.clear();
    socket->write(response);
    read(socket); // drain what is already buffered
}

void MetricsServer::drop(QTcpSocket* socket)
{
    if (!m_connections.remove(socket))
        return;
    m_order.removeOne(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace vd::cli
