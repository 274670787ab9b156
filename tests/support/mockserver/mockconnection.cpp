#include "tests/support/mockserver/mockconnection.h"

#include "tests/support/mockserver/requestdispatcher.h"
#include "tests/support/mockserver/responseplayer.h"

#include <QTcpSocket>
#include <QTimer>

namespace vd::test {

namespace {
constexpr int kLingerMs = 2000;
} // namespace

MockConnection::MockConnection(QTcpSocket* socket, RequestDispatcher& dispatcher, qint64 maxBodyBytes, QObject* parent)
    : QObject(parent), m_socket(socket), m_dispatcher(dispatcher), m_parser(maxBodyBytes)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &MockConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    onReadyRead();
}

void MockConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // after an unreadable request: drain, so the peer still sees our answer
        return;
    }
    m_inbox += m_socket->readAll();
    processBuffered();
}

void MockConnection::processBuffered()
{
    while (!m_player && !m_closing) {
        const HttpRequestParser::Status status = m_parser.advance(m_inbox);
        switch (status) {
        case HttpRequestParser::Status::NeedMore:
            return;
        case HttpRequestParser::Status::HeadersDone:
            if (m_parser.request().header("expect").toLower() == "100-continue")
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            continue;
        case HttpRequestParser::Status::Failed: {
            const Reply reply = m_dispatcher.rejectUnreadable(m_parser.request(), m_parser.errorStatus(), m_parser.errorMessage());
            m_closing = true; // the framing is lost: answer and close
            m_player = new ResponsePlayer(m_socket, reply.response, reply.fault, false, this);
            break;
        }
        case HttpRequestParser::Status::Done: {
            const HttpRequest request = m_parser.request();
            const Reply reply = m_dispatcher.dispatch(request, m_parser.framingWarning());
            m_parser.reset();
            const bool keepAlive = request.wantsKeepAlive() && !reply.close;
            m_player = new ResponsePlayer(m_socket, reply.response, reply.fault, keepAlive, this);
            break;
        }
        }
        connect(m_player, &ResponsePlayer::finished, this, &MockConnection::onReplyFinished);
        m_player->start();
    }
}

void MockConnection::onReplyFinished(bool keepConnection)
{
    if (m_player)
        m_player->deleteLater();
    m_player = nullptr;
    if (m_closing) {
        // Closing at once while the peer still uploads would reset the connection and could
        // destroy our error answer in flight; give the peer a moment to read it first.
        QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
        return;
    }
    if (!keepConnection) {
        m_closing = true;
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
        return;
    }
    // Queued: the player may report synchronously from inside start().
    QMetaObject::invokeMethod(this, &MockConnection::processBuffered, Qt::QueuedConnection);
}

} // namespace vd::test
