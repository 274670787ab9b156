#include "core/credentials/credentialstore.h"
#include "core/model/providerinfo.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

// The situation of PLATFORM.md's trap: a D-Bus session bus on which nobody owns
// org.freedesktop.secrets (where QtKeychain may wait ~25 s per job). This test starts a private
// bus with no activatable services, so nothing can start a keyring behind the test's back, and
// checks that the store notices from the bus alone and answers without QtKeychain.
class TestCredentialStoreBusWithoutSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString configPath = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                           "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\"/>"
                           "<allow receive_sender=\"*\"/><allow own=\"*\"/></policy></busconfig>")
                .arg(m_dir.path())
                .toUtf8());
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(10000))
            QSKIP("dbus-daemon is not installed");
        QVERIFY(m_bus.waitForReadyRead(10000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address); // before the first use of the session bus
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void cleanupTestCase()
    {
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate();
            m_bus.waitForFinished(10000);
        }
    }

    void saysTheSecretServiceIsMissing()
    {
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QVERIFY(!store.keychainAvailable());
        QVERIFY2(store.keychainStatus().contains(
                     QStringLiteral("org.freedesktop.secrets is not on the D-Bus session bus")),
                 qPrintable(store.keychainStatus()));
    }

    void neverWaitsForQtKeychain()
    {
        ProviderInfo info;
        info.name = QStringLiteral("openai_stt");
        info.credentialKeys = {QStringLiteral("openai_stt"), QStringLiteral("openai")};
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QSignalSpy ready(&store, &CredentialStore::ready);
        store.refresh({info});
        QTRY_COMPARE(ready.count(), 1);

        QSignalSpy finished(store.setSecret(QStringLiteral("openai"), QStringLiteral("sk-x")),
                            &KeychainWriteJob::finished);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        // The store's own reason, not a QtKeychain error: QtKeychain was never asked.
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("No secret service")));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
};

QTEST_GUILESS_MAIN(TestCredentialStoreBusWithoutSecrets)
#include "tst_credentialstore_busnosecrets.moc"
