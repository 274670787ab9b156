#pragma once

#include <QTcpSocket>
#include <sys/socket.h>

namespace vd::test {

// Ends the connection with a TCP reset (RST) instead of an orderly close (FIN): SO_LINGER 0
// makes close() drop what is unsent and reset, as a crashing server or a middlebox would.
inline void resetConnection(QTcpSocket* socket)
{
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace vd::test
