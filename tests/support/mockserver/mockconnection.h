#pragma once

#include "tests/support/mockserver/httprequestparser.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace vd::test {

class RequestDispatcher;
class ResponsePlayer;

// One accepted TCP connection: reads requests with HttpRequestParser (Expect: 100-continue,
// keep-alive, one request at a time), asks the dispatcher for each reply and lets a
// ResponsePlayer send it. Deletes itself when the peer goes away.
class MockConnection : public QObject
{
    Q_OBJECT
public:
    MockConnection(QTcpSocket* socket, RequestDispatcher& dispatcher, qint64 maxBodyBytes, QObject* parent = nullptr);

private:
    void onReadyRead();
    void processBuffered();
    void onReplyFinished(bool keepConnection);

    QTcpSocket* m_socket;
    RequestDispatcher& m_dispatcher;
    HttpRequestParser m_parser;
    QByteArray m_inbox;
    QPointer<ResponsePlayer> m_player; // non-null while a reply is being sent
    bool m_closing = false;
};

} // namespace vd::test
