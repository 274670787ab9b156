#include "tests/support/mockserver/responseplayer.h"

#include "tests/support/mockserver/mockserverlogging.h"
#include "tests/support/socketreset.h"

#include <QTcpSocket>
#include <algorithm>

namespace vd::test {

namespace {

constexpr qint64 kChunkBytes = 16 * 1024;
constexpr qint64 kStreamBlock = 64 * 1024;
constexpr qint64 kMaxBuffered = 1024 * 1024;
constexpr int kDripTickMs = 50;

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

ResponsePlayer::ResponsePlayer(QTcpSocket* socket, HttpResponse response, const Fault& fault, bool keepAlive,
                               QObject* parent)
    : QObject(parent), m_socket(socket), m_response(std::move(response)), m_fault(fault),
      m_keepAlive(keepAlive)
{}

void ResponsePlayer::start()
{
    if (m_fault.delayMs > 0)
        QTimer::singleShot(m_fault.delayMs, this, &ResponsePlayer::play);
    else
        play();
}

QByteArray ResponsePlayer::wireBody() const
{
    if (!m_response.chunked)
        return m_response.body;
    QByteArray wire;
    for (qsizetype offset = 0; offset < m_response.body.size(); offset += kChunkBytes)
        wire += chunk(m_response.body.mid(offset, kChunkBytes));
    return wire + "0\r\n\r\n";
}

void ResponsePlayer::play()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return finish(false);
    switch (m_fault.kind) {
    case Fault::Kind::Hang:
        qCDebug(lcMockServer) << "hanging: request read, no answer";
        return;
    case Fault::Kind::CloseBeforeAnswer:
        m_socket->disconnectFromHost();
        return finish(false);
    case Fault::Kind::TruncatedBody:
        return writeHalfThen(false);
    case Fault::Kind::ResetMidBody:
        return writeHalfThen(true);
    case Fault::Kind::SlowDrip: {
        m_socket->write(m_response.head(m_keepAlive));
        m_pending = wireBody();
        const qint64 ticks = std::max(1, m_fault.durationMs / kDripTickMs);
        m_dripStep = std::max<qint64>(1, (m_pending.size() + ticks - 1) / ticks);
        connect(&m_timer, &QTimer::timeout, this, &ResponsePlayer::dripNext);
        m_timer.start(std::max(
            1,
            int(m_fault.durationMs / std::max<qint64>(1, (m_pending.size() + m_dripStep - 1) / m_dripStep))));
        return;
    }
    case Fault::Kind::OversizedBody:
        m_socket->write(m_response.head(false));
        if (!m_response.body.isEmpty())
            m_socket->write(m_response.chunked ? chunk(m_response.body) : m_response.body);
        m_streamLeft = m_response.streamedLength;
        m_writtenConnection = connect(m_socket, &QTcpSocket::bytesWritten, this, &ResponsePlayer::streamMore);
        return streamMore();
    default:
        return writeWhole();
    }
}

void ResponsePlayer::writeWhole()
{
    m_socket->write(m_response.head(m_keepAlive) + wireBody());
    finish(m_keepAlive);
}

// Declares the full length, sends half the body, then closes (truncation) or resets.
void ResponsePlayer::writeHalfThen(bool reset)
{
    m_response.chunked = false;
    const QByteArray body = m_response.body.isEmpty() ? QByteArray(1024, 'x') : m_response.body;
    m_socket->write(m_response.head(false, body.size()) + body.left(body.size() / 2));
    auto end = [this, reset] {
        if (!m_socket || m_socket->bytesToWrite() > 0)
            return;
        disconnect(m_writtenConnection);
        if (reset) {
            resetConnection(m_socket);
        } else {
            m_socket->disconnectFromHost();
        }
        finish(false);
    };
    m_writtenConnection = connect(m_socket, &QTcpSocket::bytesWritten, this, end);
    m_socket->flush();
    end();
}

void ResponsePlayer::dripNext()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_timer.stop();
        return finish(false);
    }
    m_socket->write(m_pending.left(m_dripStep));
    m_pending.remove(0, std::min<qsizetype>(m_dripStep, m_pending.size()));
    if (m_pending.isEmpty()) {
        m_timer.stop();
        finish(m_keepAlive);
    }
}

void ResponsePlayer::streamMore()
{
    static const QByteArray block(kStreamBlock, 'a');
    if (m_done || !m_socket)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        disconnect(m_writtenConnection);
        return finish(false);
    }
    while (m_streamLeft > 0 && m_socket->bytesToWrite() < kMaxBuffered) {
        const qint64 n = std::min(m_streamLeft, kStreamBlock);
        const QByteArray piece = n == kStreamBlock ? block : block.left(n);
        m_socket->write(m_response.chunked ? chunk(piece) : piece);
        m_streamLeft -= n;
    }
    if (m_streamLeft == 0) {
        disconnect(m_writtenConnection);
        if (m_response.chunked)
            m_socket->write("0\r\n\r\n");
        finish(false);
    }
}

void ResponsePlayer::finish(bool keepConnection)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(keepConnection);
}

} // namespace vd::test
