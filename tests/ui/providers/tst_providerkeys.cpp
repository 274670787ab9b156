#include "core/credentials/credentialstore.h"
#include "tests/app/cli/clirunner.h"
#include "tests/ui/providers/pagefixture.h"
#include "ui/providers/credentialeditor.h"
#include "ui/providers/priorityordermodel.h"
#include "ui/providers/providerdetails.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QToolButton>

using namespace vd;

namespace {

// Every message logged while a test runs, at every level of VoiceDeck's categories.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    g_previousHandler(type, context, message);
}

} // namespace

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

    // Where the page could show or leave the key: every label, tooltip, accessible text and
    // line edit of the page, the log, and every file under the test's directory (config, state).
    void verifyKeyIsNowhere(const QString& secret)
    {
        for (const QWidget* widget : m_f->page->findChildren<QWidget*>()) {
            QStringList texts{widget->toolTip(), widget->accessibleName(), widget->accessibleDescription()};
            if (auto* label = qobject_cast<const QLabel*>(widget))
                texts << label->text();
            if (auto* line = qobject_cast<const QLineEdit*>(widget))
                texts << line->text() << line->displayText();
            for (const QString& text : std::as_const(texts))
                QVERIFY2(!text.contains(secret), qPrintable(widget->objectName()));
        }
        {
            QMutexLocker lock(&g_logMutex);
            QVERIFY(!g_log.isEmpty()); // the capture works: saving is logged (by entry name)
            for (const QString& message : std::as_const(g_log))
                QVERIFY2(!message.contains(secret), "a log message holds the key");
        }
        QDirIterator files(m_f->dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!test::PageFixture::fileContains(path, secret.toUtf8()), qPrintable(path));
        }
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
        QLoggingCategory::setFilterRules(QStringLiteral("voicedeck.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(keepMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
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

    // The page's "not configured" line points to the key field a few rows below, not to the CLI.
    void missingKeyPointsToTheKeyField()
    {
        auto* problem = m_f->find<QLabel>("providerProblem");
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains("paste it under Key below"), qPrintable(problem->text()));
        QVERIFY(problem->text().contains("OPENAI_API_KEY"));
        QVERIFY2(!problem->text().contains("voicedeck-cli"), qPrintable(problem->text()));
    }

    // Blanks are no key: Save stays disabled (the keychain would refuse it with advice for the
    // command line, which has no place in the window).
    void blankKeyCannotBeSaved()
    {
        QTest::keyClicks(editor()->secretField(), QStringLiteral("   "));
        QVERIFY(!m_f->find<QPushButton>("credentialSave")->isEnabled());
        QSignalSpy finished(editor(), &CredentialEditor::writeFinished);
        QTest::keyClick(editor()->secretField(), Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(finished.isEmpty());
        QVERIFY(!editor()->resultLabel()->text().contains("voicedeck-cli"));
    }

    // A key saved from the page is in the real keychain, read by a store of its own (as another
    // process reads it), and shown nowhere: not even by Ctrl+Z in the field or a Show left on.
    void savedKeyIsInTheKeychainAndShownNowhere()
    {
        const QString pasted = QStringLiteral("  ") + kSecret + QStringLiteral(" "); // blanks of a copy
        m_f->find<QToolButton>("credentialReveal")->click();
        editor()->secretField()->setFocus();
        editor()->secretField()->insert(pasted);
        m_f->find<QPushButton>("credentialSave")->click();
        QVERIFY(waitForWrite());

        QCOMPARE(editor()->secretField()->echoMode(), QLineEdit::Password); // the next key is masked
        QTest::keyClick(editor()->secretField(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(editor()->secretField()->text().isEmpty(), "undo brought the stored key back");
        QVERIFY(editor()->sourceLabel()->text().contains("keychain"));

        CredentialStore other(m_service);
        QSignalSpy ready(&other, &CredentialStore::ready);
        const ProviderInfo info = *m_f->runtime->registry().info("openai_stt");
        other.refresh({info});
        QVERIFY(other.isReady() || ready.wait(30000));
        QCOMPARE(other.credential(info).secret, kSecret);
        verifyKeyIsNowhere(kSecret);
        if (QTest::currentTestFailed())
            return;

        m_f->find<QPushButton>("credentialRemove")->click();
        QVERIFY(waitForWrite());
        QSignalSpy readyAgain(&other, &CredentialStore::ready);
        other.refresh({info});
        QVERIFY(readyAgain.wait(30000));
        QCOMPARE(other.credential(info).source, CredentialSource::None);
    }

    // The page writes where `voicedeck-cli keys` reads: service "voicedeck" (PRODUCT.md §1).
    void keySavedHereIsTheOneTheCliReads()
    {
        m_f = std::make_unique<test::PageFixture>();
        m_f->writeConfig(QJsonObject{{"version", 1}});
        m_f->createRuntime({}, true, QStringLiteral("voicedeck"));
        QVERIFY(m_f->runtime->credentials().keychainAvailable());
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("openai_stt"));
        QTemporaryDir cliDir;
        CliRunner cli(cliDir);
        const auto cliStatus = [&cli]() -> QJsonObject {
            const CliRunner::Run run = cli.run({"keys", "status", "--json"});
            for (const QJsonValue& value : run.json().value(u"providers").toArray()) {
                if (value[u"provider"].toString() == QLatin1String("openai_stt"))
                    return value.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(cliStatus()[u"present"].toBool(), false);

        QTest::keyClicks(editor()->secretField(), kSecret);
        auto* key = m_f->find<QComboBox>("credentialKey");
        key->setCurrentIndex(key->findData("openai_stt"));
        m_f->find<QPushButton>("credentialSave")->click();
        QVERIFY(waitForWrite());
        const QJsonObject stored = cliStatus();
        QCOMPARE(stored[u"source"].toString(), QStringLiteral("keychain"));
        QCOMPARE(stored[u"location"].toString(), QStringLiteral("openai_stt"));

        m_f->find<QPushButton>("credentialRemove")->click();
        QVERIFY(waitForWrite());
        QCOMPARE(cliStatus()[u"present"].toBool(), false);
    }
};

QTEST_MAIN(TestProviderKeys)
#include "tst_providerkeys.moc"
