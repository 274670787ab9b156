#include "core/credentials/credentialstore.h"
#include "core/model/providerinfo.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

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
        QTRY_VERIFY(store.isKeychainChecked());
        QVERIFY(!store.keychainAvailable());
        QVERIFY2(store.keychainStatus().contains(
                     QStringLiteral("org.freedesktop.secrets is not on the D-Bus session bus")),
                 qPrintable(store.keychainStatus()));
    }

    // The bus is asked without blocking: with the bus daemon stopped (it cannot answer), the
    // constructor, refresh() and setSecret() all return at once, and the answers follow when it
    // runs again. The old synchronous NameHasOwner call sat here for D-Bus's 25 s timeout.
    void aStalledBusBlocksNothing()
    {
        QCOMPARE(::kill(pid_t(m_bus.processId()), SIGSTOP), 0);
        auto resume = qScopeGuard([this] { ::kill(pid_t(m_bus.processId()), SIGCONT); });
        ProviderInfo info;
        info.name = QStringLiteral("openai_stt");
        info.credentialKeys = {QStringLiteral("openai_stt")};
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QSignalSpy checked(&store, &CredentialStore::keychainChecked);
        QSignalSpy ready(&store, &CredentialStore::ready);
        store.refresh({info});
        QSignalSpy written(store.setSecret(QStringLiteral("openai"), QStringLiteral("sk-x")),
                           &KeychainWriteJob::finished);
        QVERIFY(!store.isKeychainChecked());
        QCOMPARE(checked.count(), 0);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(written.count(), 0);

        resume.dismiss(); // the bus runs again and answers the one pending question
        QCOMPARE(::kill(pid_t(m_bus.processId()), SIGCONT), 0);
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().at(0).toBool(), false);
        QTRY_COMPARE(ready.count(), 1);
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.first().at(0).toBool(), false);
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
