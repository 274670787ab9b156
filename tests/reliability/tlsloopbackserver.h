#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

namespace vd::test {

// A loopback TLS listener with a self-signed certificate (Qt 6.4 has no QSslServer): it accepts,
// starts the server side of the handshake and then answers nothing. A client that verifies
// certificates, as VoiceDeck's must, fails the handshake; one that ignored TLS errors would get
// through the handshake and hang, so the tests can tell the two apart.
class TlsLoopbackServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TlsLoopbackServer(QObject* parent = nullptr);

    // Loads the certificate and key from tests/reliability/data (VOICEDECK_TEST_DATA); false if
    // they cannot be read or Qt has no TLS backend.
    bool listenWithSelfSignedCertificate();
    QUrl baseUrl() const; // https://127.0.0.1:PORT
    // Handshakes the server saw complete: non-zero means a client accepted the bad certificate.
    int completedHandshakes() const { return m_completed; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_completed = 0;
};

} // namespace vd::test
