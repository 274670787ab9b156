#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <chrono>
#include <functional>

class QTcpSocket;

namespace vd::cli {

// The small HTTP/1.1 server behind `monitor`'s /metrics, made to stay up under hostile clients
// (Qt 6.4's QHttpServer buffers whole requests of any size and never closes idle connections):
// - a request is its request line and headers, at most `maxRequestBytes` (else 431); a request
//   body is refused with 413 (GET has none), both without reading the body;
// - a client has `clientTimeout` from connecting to finish its request and read the answer;
// - at most `maxConnections` at once: a new connection closes the oldest one, so a flood of idle
//   sockets cannot lock a scraper out;
// - with a token, only `Authorization: Bearer <token>` gets the page (401 otherwise; compared in
//   constant time).
// Every answer closes the connection (lingering: the rest of the request is read and discarded
// until the client closes, so the answer is not lost to a reset).
// Only GET and HEAD of /metrics are served (405, 404 otherwise).
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxRequestBytes = 8192;
        std::chrono::milliseconds clientTimeout{10000};
        int maxConnections = 64;
    };
    using Render = std::function<QByteArray()>;

    MetricsServer(QByteArray contentType, Render render, QObject* parent = nullptr);
    ~MetricsServer() override;

    void setLimits(const Limits& limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }
    void setToken(const QByteArray& token) { m_token = token; } // empty: no token needed

    bool listen(const QHostAddress& address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    void close();

    int connectionCount() const { return int(m_order.size()); }
    // The most request bytes ever held for one connection (tests check the cap holds).
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

private:
    struct Connection
    {
        QByteArray request;
        bool answered = false;
    };

    void accept();
    void read(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& head);
    void answer(QTcpSocket* socket, int status, const QByteArray& body = {},
                const QByteArray& extraHeaders = {}, bool withBody = true);
    void drop(QTcpSocket* socket);
    bool authorized(const QList<QByteArray>& headerLines) const;

    QTcpServer m_server;
    QByteArray m_contentType;
    Render m_render;
    Limits m_limits;
    QByteArray m_token;
    QHash<QTcpSocket*, Connection> m_connections;
    QList<QTcpSocket*> m_order; // oldest first
    qint64 m_peakBuffered = 0;
};

} // namespace vd::cli
