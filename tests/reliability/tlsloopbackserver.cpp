#include "tests/reliability/tlsloopbackserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace vd::test {

namespace {

QByteArray readData(const QString& name)
{
    QFile file(qEnvironmentVariable("VOICEDECK_TEST_DATA") + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TlsLoopbackServer::TlsLoopbackServer(QObject* parent) : QTcpServer(parent) {}

bool TlsLoopbackServer::listenWithSelfSignedCertificate()
{
    if (!QSslSocket::supportsSsl())
        return false;
    m_certificate = QSslCertificate(readData(QStringLiteral("selfsigned.crt")), QSsl::Pem);
    m_key = QSslKey(readData(QStringLiteral("selfsigned.key")), QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TlsLoopbackServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort()));
}

void TlsLoopbackServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_completed; });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
}

} // namespace vd::test
