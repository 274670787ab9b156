#include "core/credentials/credentialstore.h"
#include "core/credentials/environmentdefaults.h"
#include "core/model/providerinfo.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

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

const ProviderInfo kYandexStt =
    provider(QStringLiteral("yandex_stt"), {QStringLiteral("yandex_stt"), QStringLiteral("yandex")},
             {QStringLiteral("YANDEX_API_KEY"), QStringLiteral("YANDEX_IAM_TOKEN")});
const ProviderInfo kOpenAiStt =
    provider(QStringLiteral("openai_stt"), {QStringLiteral("openai_stt"), QStringLiteral("openai")},
             {QStringLiteral("OPENAI_API_KEY")});
const QStringList kVariables{QStringLiteral("YANDEX_API_KEY"), QStringLiteral("YANDEX_IAM_TOKEN"),
                             QStringLiteral("OPENAI_API_KEY"), QStringLiteral("YANDEX_FOLDER_ID")};

} // namespace

// Registered with DBUS_SESSION_BUS_ADDRESS pointing nowhere: there is no secret service. The
// store must say so, use the environment, fail writes at once, and write no file anywhere.
class TestCredentialStoreNoSecretService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Every place a plain-text fallback could write to lives under m_home.
        qputenv("HOME", m_home.path().toLocal8Bit());
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, m_home.filePath(QString::fromLatin1(variable)).toLocal8Bit());
    }

    void init()
    {
        for (const QString& variable : kVariables)
            qunsetenv(variable.toLatin1().constData());
    }

    void reportsTheKeychainUnavailable()
    {
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QSignalSpy checked(&store, &CredentialStore::keychainChecked);
        QVERIFY(!store.isKeychainChecked()); // answered after the constructor returned
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().at(0).toBool(), false);
        QVERIFY(!store.keychainAvailable());
        QVERIFY2(store.keychainStatus().contains(QStringLiteral("No secret service")),
                 qPrintable(store.keychainStatus()));
        QVERIFY(store.keychainStatus().contains(QStringLiteral("environment variables")));
    }

    void refreshIsReadyWithoutWaitingForTheKeychain()
    {
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QSignalSpy ready(&store, &CredentialStore::ready);
        store.refresh({kYandexStt, kOpenAiStt});
        QCOMPARE(ready.count(), 0); // always asynchronous
        // QtKeychain would need ~25 s per entry; QTRY's 5 s proves it was not asked.
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(store.isReady());
    }

    void environmentIsUsedInDeclaredOrder_data()
    {
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<QByteArray>("iamToken");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("location");
        QTest::newRow("api key only") << QByteArray("AQVN-key") << QByteArray() << "AQVN-key"
                                      << "YANDEX_API_KEY";
        QTest::newRow("iam token only") << QByteArray() << QByteArray("t1.token") << "t1.token"
                                        << "YANDEX_IAM_TOKEN";
        QTest::newRow("both: first listed wins")
            << QByteArray("AQVN-key") << QByteArray("t1.token") << "AQVN-key"
            << "YANDEX_API_KEY";
        QTest::newRow("blank api key is no key") << QByteArray("  ") << QByteArray("t1.token") << "t1.token"
                                                 << "YANDEX_IAM_TOKEN";
        QTest::newRow("neither") << QByteArray() << QByteArray() << QString() << QString();
    }

    void environmentIsUsedInDeclaredOrder()
    {
        QFETCH(QByteArray, apiKey);
        QFETCH(QByteArray, iamToken);
        QFETCH(QString, secret);
        QFETCH(QString, location);
        if (!apiKey.isNull())
            qputenv("YANDEX_API_KEY", apiKey);
        if (!iamToken.isNull())
            qputenv("YANDEX_IAM_TOKEN", iamToken);
        CredentialStore store(QStringLiteral("voicedeck-test"));
        const Credential found = store.credential(kYandexStt);
        QCOMPARE(found.secret, secret);
        QCOMPARE(found.location, location);
        QCOMPARE(found.source, secret.isEmpty() ? CredentialSource::None : CredentialSource::Environment);
    }

    void environmentIsReadAtCallTime()
    {
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QVERIFY(!store.credential(kOpenAiStt).isPresent());
        qputenv("OPENAI_API_KEY", "sk-later");
        QCOMPARE(store.credential(kOpenAiStt).secret, QStringLiteral("sk-later"));
    }

    void writesFailAtOnceWithTheReason()
    {
        CredentialStore store(QStringLiteral("voicedeck-test"));
        const std::function<KeychainWriteJob*()> starts[] = {
            [&] { return store.setSecret(QStringLiteral("openai"), QStringLiteral("sk-must-not-land")); },
            [&] { return store.deleteSecret(QStringLiteral("openai")); },
        };
        for (const auto& start : starts) {
            QSignalSpy finished(start(), &KeychainWriteJob::finished);
            QCOMPARE(finished.count(), 0); // reported after the call returns, so callers can connect
            QTRY_COMPARE(finished.count(), 1);
            QCOMPARE(finished.first().at(0).toBool(), false);
            const QString error = finished.first().at(1).toString();
            QVERIFY2(error.contains(QStringLiteral("No secret service")), qPrintable(error));
            QVERIFY(!error.contains(QStringLiteral("sk-must-not-land")));
        }
        QVERIFY(!store.credential(kOpenAiStt).isPresent());
    }

    void invalidEntryNamesAreRefused()
    {
        CredentialStore store(QStringLiteral("voicedeck-test"));
        QSignalSpy finished(store.setSecret(QStringLiteral("../etc"), QStringLiteral("x")),
                            &KeychainWriteJob::finished);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(
            finished.first().at(1).toString().contains(QStringLiteral("not a valid keychain entry name")));
    }

    void nothingIsWrittenToAnyFile()
    {
        {
            CredentialStore store(QStringLiteral("voicedeck"));
            QSignalSpy finished(store.setSecret(QStringLiteral("openai_stt"), QStringLiteral("sk-plaintext")),
                                &KeychainWriteJob::finished);
            QTRY_COMPARE(finished.count(), 1);
        }
        QStringList files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QCOMPARE(files, QStringList());
    }

    void statusNeverShowsTheSecret()
    {
        qputenv("OPENAI_API_KEY", "sk-env-secret");
        CredentialStore store(QStringLiteral("voicedeck-test"));
        const QList<CredentialStatus> statuses = store.status({kOpenAiStt, kYandexStt});
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses[0].toJson(),
                 (QJsonObject{{QStringLiteral("provider"), QStringLiteral("openai_stt")},
                              {QStringLiteral("needed"), true},
                              {QStringLiteral("present"), true},
                              {QStringLiteral("source"), QStringLiteral("environment")},
                              {QStringLiteral("location"), QStringLiteral("OPENAI_API_KEY")}}));
        QCOMPARE(statuses[1].present, false);
        QCOMPARE(statuses[1].source, CredentialSource::None);
    }

    void yandexFolderComesFromTheEnvironmentWhenUnset()
    {
        qputenv("YANDEX_FOLDER_ID", "b1gfolder");
        const QJsonObject filled = applyEnvironmentDefaults(
            kYandexStt, QJsonObject{{QStringLiteral("voice"), QStringLiteral("alena")}});
        QCOMPARE(filled.value(QStringLiteral("folder_id")).toString(), QStringLiteral("b1gfolder"));
        QCOMPARE(filled.value(QStringLiteral("voice")).toString(), QStringLiteral("alena"));

        const QJsonObject own{{QStringLiteral("folder_id"), QStringLiteral("b1gmine")}};
        QCOMPARE(applyEnvironmentDefaults(kYandexStt, own), own);
        QCOMPARE(applyEnvironmentDefaults(kOpenAiStt, QJsonObject{}), QJsonObject{});
    }

    void yandexFolderStaysUnsetWithoutTheVariable()
    {
        QCOMPARE(applyEnvironmentDefaults(kYandexStt, QJsonObject{}), QJsonObject{});
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCredentialStoreNoSecretService)
#include "tst_credentialstore_nosecretservice.moc"
