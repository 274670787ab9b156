#include "core/credentials/credentialstore.h"
#include "tests/ui/providers/pagefixture.h"
#include "ui/providers/credentialeditor.h"
#include "ui/providers/priorityordermodel.h"
#include "ui/providers/providerdetails.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace vd;

// A key typed into the Providers page goes to the OS keychain (a real secret service, under a
// service name of the test's own) and never into the config file. Needs the test services
// (scripts/test-services.sh): skips with the reason without them.
class TestProviderKeys : public QObject
{
    Q_OBJECT

private:
    const QString kSecret = QStringLiteral("sk-page-test-6f1d0c");
    QString m_service;
    std::unique_ptr<test::PageFixture> m_f;

    CredentialEditor* editor() { return m_f->page->details()->credentialEditor(); }

    bool waitForWrite()
    {
        QSignalSpy finished(editor(), &CredentialEditor::writeFinished);
        return finished.wait(30000) && finished.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN"))
            QSKIP("needs a secret service: run through scripts/test-services.sh (VOICEDECK_TEST_KEYCHAIN "
                  "unset)");
        m_service =
            QStringLiteral("voicedeck-providers-keys-test-%1").arg(QCoreApplication::applicationPid());
        qunsetenv("OPENAI_API_KEY");
    }

    void init()
    {
        m_f = std::make_unique<test::PageFixture>();
        QVERIFY(m_f->dir.isValid());
        m_f->writeConfig(QJsonObject{{"version", 1}});
        m_f->createRuntime({}, true, m_service);
        QVERIFY2(m_f->runtime->credentials().keychainAvailable(),
                 qPrintable(m_f->runtime->credentials().keychainStatus()));
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("openai_stt"));
    }

    void cleanup()
    {
        if (m_f && m_f->runtime) {
            for (const QString& key : {QStringLiteral("openai_stt"), QStringLiteral("openai")}) {
                QSignalSpy done(m_f->runtime->credentials().deleteSecret(key), &KeychainWriteJob::finished);
                QVERIFY(done.wait(30000));
            }
        }
        m_f.reset();
    }

    void keyIsMaskedUntilRevealed()
    {
        QLineEdit* field = editor()->secretField();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto* reveal = m_f->find<QToolButton>("credentialReveal");
        reveal->click();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        reveal->click();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    }

    void savedKeyGoesToTheKeychainNotTheConfigFile()
    {
        QVERIFY(editor()->sourceLabel()->text().contains("missing"));
        PriorityOrderModel* model = m_f->page->orderModel(ProviderCategory::Stt);
        const QModelIndex row = model->index(model->rowOf("openai_stt"));
        QCOMPARE(row.data(PriorityOrderModel::BadgeShortRole).toString(), QStringLiteral("Not configured"));
        const QByteArray configBefore = m_f->configBytes();

        QTest::keyClicks(editor()->secretField(), kSecret);
        auto* key = m_f->find<QComboBox>("credentialKey");
        key->setCurrentIndex(key->findData("openai"));
        m_f->find<QPushButton>("credentialSave")->click();
        QVERIFY(waitForWrite());

        const ProviderInfo info = *m_f->runtime->registry().info("openai_stt");
        const Credential credential = m_f->runtime->credentials().credential(info);
        QCOMPARE(credential.source, CredentialSource::Keychain);
        QCOMPARE(credential.location, QStringLiteral("openai"));
        QCOMPARE(credential.secret, kSecret);
        QVERIFY(editor()->secretField()->text().isEmpty()); // not kept in the widget
        QVERIFY(editor()->sourceLabel()->text().contains("keychain"));
        QVERIFY(!editor()->sourceLabel()->text().contains(kSecret));
        QTRY_COMPARE(row.data(PriorityOrderModel::BadgeShortRole).toString(),
                     QStringLiteral("Not checked yet"));
        // The shared vendor entry serves the TTS provider too.
        const ProviderInfo tts = *m_f->runtime->registry().info("openai_tts");
        QCOMPARE(m_f->runtime->credentials().credential(tts).source, CredentialSource::Keychain);
        QCOMPARE(m_f->configBytes(), configBefore);
        QVERIFY(!m_f->configBytes().contains(kSecret.toUtf8()));

        m_f->find<QPushButton>("credentialRemove")->click();
        QVERIFY(waitForWrite());
        QCOMPARE(m_f->runtime->credentials().credential(info).source, CredentialSource::None);
        QVERIFY(editor()->sourceLabel()->text().contains("missing"));
        QTRY_COMPARE(row.data(PriorityOrderModel::BadgeShortRole).toString(),
                     QStringLiteral("Not configured"));
    }
};

QTEST_MAIN(TestProviderKeys)
#include "tst_providerkeys.moc"
