#include "core/credentials/credentialstore.h"
#include "core/model/providerinfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

namespace {

ProviderInfo provider(const QString& name, const QStringList& keys, const QStringList& environment)
{
    ProviderInfo info;
    info.name = name;
    info.credentialKeys = keys;
    info.credentialEnvironment = environment;
    return info;
}

const ProviderInfo kOpenAiStt =
    provider(QStringLiteral("openai_stt"), {QStringLiteral("openai_stt"), QStringLiteral("openai")},
             {QStringLiteral("OPENAI_API_KEY")});
const ProviderInfo kOpenAiTts =
    provider(QStringLiteral("openai_tts"), {QStringLiteral("openai_tts"), QStringLiteral("openai")},
             {QStringLiteral("OPENAI_API_KEY")});

} // namespace

// Runs against a real secret service (gnome-keyring in the test session) under a service name
// of its own, so the user's "voicedeck" entries are never touched.
class TestCredentialStoreKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_service = QStringLiteral("voicedeck-test-%1").arg(QCoreApplication::applicationPid());
        CredentialStore probe(m_service);
        QTRY_VERIFY_WITH_TIMEOUT(probe.isKeychainChecked(), 30000);
        if (!probe.keychainAvailable()) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL(qPrintable(QStringLiteral("CI must provide a secret service: ") +
                                 probe.keychainStatus()));
            QSKIP(qPrintable(
                QStringLiteral(
                    "no secret service in this session (run the tests through scripts/test.sh): ") +
                probe.keychainStatus()));
        }
        qunsetenv("OPENAI_API_KEY");
    }

    void cleanup()
    {
        CredentialStore store(m_service);
        for (const QString& key :
             {QStringLiteral("openai_stt"), QStringLiteral("openai_tts"), QStringLiteral("openai")})
            QVERIFY(write(store.deleteSecret(key)));
        qunsetenv("OPENAI_API_KEY");
    }

    void writtenSecretIsReadBackByAFreshStore()
    {
        CredentialStore writer(m_service);
        QVERIFY(write(writer.setSecret(QStringLiteral("openai"), QStringLiteral("sk-vendor"))));

        CredentialStore reader(m_service);
        QVERIFY(refresh(reader, {kOpenAiStt}));
        const Credential found = reader.credential(kOpenAiStt);
        QCOMPARE(found.secret, QStringLiteral("sk-vendor"));
        QCOMPARE(found.source, CredentialSource::Keychain);
        QCOMPARE(found.location, QStringLiteral("openai"));
    }

    void deletedSecretIsGone()
    {
        CredentialStore store(m_service);
        QVERIFY(write(store.setSecret(QStringLiteral("openai"), QStringLiteral("sk-vendor"))));
        QVERIFY(store.credential(kOpenAiStt).isPresent()); // the write updated the cache
        QVERIFY(write(store.deleteSecret(QStringLiteral("openai"))));
        QVERIFY(!store.credential(kOpenAiStt).isPresent());

        CredentialStore fresh(m_service);
        QVERIFY(refresh(fresh, {kOpenAiStt}));
        QCOMPARE(fresh.credential(kOpenAiStt).source, CredentialSource::None);
    }

    void providerEntryComesBeforeTheVendorEntry()
    {
        CredentialStore writer(m_service);
        QVERIFY(write(writer.setSecret(QStringLiteral("openai"), QStringLiteral("sk-vendor"))));
        QVERIFY(write(writer.setSecret(QStringLiteral("openai_stt"), QStringLiteral("sk-stt-only"))));

        CredentialStore reader(m_service);
        QVERIFY(refresh(reader, {kOpenAiStt, kOpenAiTts}));
        QCOMPARE(reader.credential(kOpenAiStt).secret, QStringLiteral("sk-stt-only"));
        QCOMPARE(reader.credential(kOpenAiStt).location, QStringLiteral("openai_stt"));
        QCOMPARE(reader.credential(kOpenAiTts).secret, QStringLiteral("sk-vendor"));
        QCOMPARE(reader.credential(kOpenAiTts).location, QStringLiteral("openai"));
    }

    void keychainComesBeforeTheEnvironment()
    {
        qputenv("OPENAI_API_KEY", "sk-from-env");
        CredentialStore store(m_service);
        QVERIFY(refresh(store, {kOpenAiStt}));
        QCOMPARE(store.credential(kOpenAiStt).source, CredentialSource::Environment);
        QCOMPARE(store.credential(kOpenAiStt).location, QStringLiteral("OPENAI_API_KEY"));

        QVERIFY(write(store.setSecret(QStringLiteral("openai"), QStringLiteral("sk-keychain"))));
        CredentialStore reader(m_service);
        QVERIFY(refresh(reader, {kOpenAiStt}));
        QCOMPARE(reader.credential(kOpenAiStt).secret, QStringLiteral("sk-keychain"));
        QCOMPARE(reader.credential(kOpenAiStt).source, CredentialSource::Keychain);
    }

    void readyComesOnceAfterEveryEntryAnswered()
    {
        CredentialStore writer(m_service);
        QVERIFY(write(writer.setSecret(QStringLiteral("openai_tts"), QStringLiteral("sk-tts"))));
        CredentialStore reader(m_service);
        QSignalSpy ready(&reader, &CredentialStore::ready);
        reader.refresh({kOpenAiStt, kOpenAiTts});
        QVERIFY(!reader.isReady());
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(reader.isReady());
        QCOMPARE(reader.credential(kOpenAiTts).secret, QStringLiteral("sk-tts"));
        QVERIFY(!reader.credential(kOpenAiStt).isPresent());
        QTest::qWait(50); // a stray second ready() would arrive now
        QCOMPARE(ready.count(), 1);
    }

    void statusNamesTheSourceButNeverTheSecret()
    {
        CredentialStore store(m_service);
        QVERIFY(write(store.setSecret(QStringLiteral("openai"), QStringLiteral("sk-very-secret"))));
        const CredentialStatus status = store.status(kOpenAiStt);
        QCOMPARE(status.present, true);
        QCOMPARE(status.source, CredentialSource::Keychain);
        QCOMPARE(status.location, QStringLiteral("openai"));
        QVERIFY(!QString::fromUtf8(QJsonDocument(status.toJson()).toJson())
                     .contains(QStringLiteral("sk-very-secret")));
    }

private:
    // Waits for a write/delete job; true when it succeeded.
    static bool write(KeychainWriteJob* job)
    {
        QSignalSpy finished(job, &KeychainWriteJob::finished);
        if (!finished.wait(20000))
            return false;
        if (!finished.first().at(0).toBool())
            qWarning() << "keychain job failed:" << finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    static bool refresh(CredentialStore& store, const QList<ProviderInfo>& providers)
    {
        QSignalSpy ready(&store, &CredentialStore::ready);
        store.refresh(providers);
        return ready.wait(20000);
    }

    QString m_service;
};

QTEST_GUILESS_MAIN(TestCredentialStoreKeychain)
#include "tst_credentialstore_keychain.moc"
