#include "tests/ui/providers/pagefixture.h"
#include "ui/providers/credentialeditor.h"
#include "ui/providers/priorityordermodel.h"
#include "ui/providers/providerdetails.h"
#include "ui/providers/providerlistpanel.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>

using namespace vd;

// The Providers page's priority lists against a real Runtime: keyboard and drag-and-drop
// reordering and the enabled flag reach the config file on disk and the registry; a config file
// that breaks on disk is reported and never overwritten.
class TestProvidersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PageFixture> m_f;

    QStringList sttPriorities() { return m_f->runtime->registry().priorityList(ProviderCategory::Stt); }

    int priorityOnDisk(const QString& name) { return m_f->providerOnDisk(name).value("priority").toInt(-1); }

    // As `voicedeck-cli config set` does it: an atomic replace with two changed keys.
    void replaceConfigFromOutside()
    {
        QJsonObject outside = m_f->configOnDisk();
        outside.insert("routing", QJsonObject{{"max_retries", 5}});
        outside.insert("providers", QJsonObject{{"yandex_stt", QJsonObject{{"priority", 1}}}});
        QSaveFile file(m_f->configPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(outside).toJson());
        QVERIFY(file.commit());
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("GOOGLE_API_KEY");
        qunsetenv("YANDEX_API_KEY");
        qunsetenv("YANDEX_IAM_TOKEN");
        m_f = std::make_unique<test::PageFixture>();
        QVERIFY(m_f->dir.isValid());
        m_f->writeConfig(
            QJsonObject{{"version", 1}, {"health", QJsonObject{{"probe_interval_seconds", 3600}}}});
    }

    void cleanup() { m_f.reset(); }

    void fillsItselfWhenTheRuntimeBecomesReady()
    {
        m_f->createRuntime({}, /*start=*/false);
        m_f->createPage();
        QVERIFY(!m_f->page->orderModel(ProviderCategory::Stt));
        m_f->startRuntime();
        QTRY_VERIFY(m_f->page->orderModel(ProviderCategory::Stt));
        QCOMPARE(m_f->page->orderModel(ProviderCategory::Stt)->names(),
                 (QStringList{"openai_stt", "google_stt", "yandex_stt"}));
        QCOMPARE(m_f->page->orderModel(ProviderCategory::Tts)->names(),
                 (QStringList{"openai_tts", "google_tts", "yandex_tts"}));
        QCOMPARE(m_f->page->currentProvider(), QStringLiteral("openai_stt"));
        // No key anywhere: every cloud provider says so.
        QCOMPARE(
            m_f->page->orderModel(ProviderCategory::Stt)->index(0).data(PriorityOrderModel::BadgeShortRole),
            QVariant(QStringLiteral("Not configured")));
        QVERIFY(m_f->find<QLabel>("credentialSource")->text().contains("OPENAI_API_KEY"));
    }

    void keyboardReorderIsSavedAndApplied()
    {
        m_f->createRuntime();
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("yandex_stt"));
        ProviderListPanel* panel = m_f->page->listPanel(ProviderCategory::Stt);
        panel->view()->setFocus();
        QTRY_VERIFY(panel->view()->hasFocus());
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);

        QTest::keyClick(panel->view(), Qt::Key_Up, Qt::AltModifier);
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(panel->currentProvider(), QStringLiteral("yandex_stt")); // the focus follows the row
        QTest::keyClick(panel->view(), Qt::Key_Up, Qt::AltModifier);
        QVERIFY(m_f->waitForSave(saves));

        const QStringList expected{"yandex_stt", "openai_stt", "google_stt"};
        QCOMPARE(panel->model().names(), expected);
        QCOMPARE(panel->view()->currentIndex().row(), 0);
        QVERIFY(panel->view()->hasFocus());
        QCOMPARE(priorityOnDisk("yandex_stt"), 10);
        QCOMPARE(priorityOnDisk("openai_stt"), 20);
        QCOMPARE(priorityOnDisk("google_stt"), 30);
        QCOMPARE(sttPriorities(), expected);
        QCOMPARE(m_f->runtime->config().providers.value("yandex_stt").priority, 10);

        // At the top Alt+Up does nothing; Alt+Down and the button move it back down.
        QTest::keyClick(panel->view(), Qt::Key_Up, Qt::AltModifier);
        QVERIFY(!m_f->page->isSaving());
        QTest::keyClick(panel->view(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(m_f->waitForSave(saves));
        panel->findChild<QPushButton*>("moveDown")->click();
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(sttPriorities(), (QStringList{"openai_stt", "google_stt", "yandex_stt"}));
        QCOMPARE(priorityOnDisk("yandex_stt"), 30);
        QCOMPARE(panel->currentProvider(), QStringLiteral("yandex_stt"));
    }

    void dragAndDropReorderIsSavedAndApplied()
    {
        m_f->createRuntime();
        m_f->createPage();
        PriorityOrderModel* model = m_f->page->orderModel(ProviderCategory::Tts);
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(model->rowOf("google_tts"))}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(m_f->waitForSave(saves));
        const QStringList expected{"google_tts", "openai_tts", "yandex_tts"};
        QCOMPARE(model->names(), expected);
        QCOMPARE(m_f->runtime->registry().priorityList(ProviderCategory::Tts), expected);
        QCOMPARE(m_f->providerOnDisk("google_tts").value("priority").toInt(), 10);
        QCOMPARE(m_f->providerOnDisk("openai_tts").value("priority").toInt(), 20);
        QCOMPARE(sttPriorities(), (QStringList{"openai_stt", "google_stt", "yandex_stt"})); // untouched
    }

    // Issue #16: the page saved its start-up copy of the config, so a `voicedeck-cli config set`
    // made while the GUI was open was undone by the next reorder, and never shown.
    void changeMadeOutsideIsShown()
    {
        m_f->createRuntime();
        m_f->createPage();
        replaceConfigFromOutside();
        QTRY_COMPARE_WITH_TIMEOUT(m_f->page->orderModel(ProviderCategory::Stt)->names().value(0),
                                  QStringLiteral("yandex_stt"), 20000);
        QCOMPARE(m_f->runtime->config().routing.maxRetries, 5);
    }

    void changeMadeOutsideSurvivesTheNextReorder()
    {
        m_f->createRuntime();
        m_f->createPage();
        replaceConfigFromOutside();
        PriorityOrderModel* tts = m_f->page->orderModel(ProviderCategory::Tts);
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        std::unique_ptr<QMimeData> dragged(tts->mimeData({tts->index(tts->rowOf("google_tts"))}));
        QVERIFY(tts->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(m_f->providerOnDisk("google_tts").value("priority").toInt(), 10);
        QCOMPARE(priorityOnDisk("yandex_stt"), 1);
        QCOMPARE(m_f->configOnDisk()[u"routing"][u"max_retries"].toInt(), 5);
    }

    void dropOnTheListViewMovesTheProvider()
    {
        m_f->createRuntime();
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("yandex_stt"));
        ProviderListPanel* panel = m_f->page->listPanel(ProviderCategory::Stt);
        PriorityOrderModel& model = panel->model();
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        QWidget* viewport = panel->view()->viewport();
        std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(2)}));
        const QPoint top = panel->view()->visualRect(model.index(0)).topLeft() + QPoint(4, 1);
        QDragEnterEvent enter(top, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(top, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(top), Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(model.names(), (QStringList{"yandex_stt", "openai_stt", "google_stt"}));
        QCOMPARE(sttPriorities(), (QStringList{"yandex_stt", "openai_stt", "google_stt"}));
        QCOMPARE(priorityOnDisk("yandex_stt"), 10);
    }

    void disablingAndEnablingIsSavedAndApplied()
    {
        m_f->createRuntime();
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("google_stt"));
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        auto* enabled = m_f->find<QCheckBox>("providerEnabled");
        QVERIFY(enabled->isChecked());
        enabled->click(); // the details' check box
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(m_f->providerOnDisk("google_stt").value("enabled"), QJsonValue(false));
        QVERIFY(!m_f->runtime->registry().info("google_stt")->enabled);
        QCOMPARE(sttPriorities(), (QStringList{"openai_stt", "yandex_stt"}));
        PriorityOrderModel* model = m_f->page->orderModel(ProviderCategory::Stt);
        const QModelIndex row = model->index(model->rowOf("google_stt"));
        QCOMPARE(row.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        // The list's check box, by keyboard: Space on the current row.
        ProviderListPanel* panel = m_f->page->listPanel(ProviderCategory::Stt);
        panel->view()->setFocus();
        QCOMPARE(panel->currentProvider(), QStringLiteral("google_stt"));
        QTest::keyClick(panel->view(), Qt::Key_Space);
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(m_f->providerOnDisk("google_stt").value("enabled"), QJsonValue(true));
        QVERIFY(m_f->runtime->registry().info("google_stt")->enabled);
        QTRY_VERIFY(enabled->isChecked());
    }

    void corruptConfigOnDiskIsReportedAndNeverOverwritten()
    {
        m_f->createRuntime();
        m_f->createPage();
        const QByteArray broken = "{ \"version\": 1, \"providers\": ";
        {
            QFile file(m_f->configPath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(broken);
        }
        QVERIFY(m_f->page->selectProvider("google_stt"));
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        QVERIFY(m_f->page->listPanel(ProviderCategory::Stt)->moveCurrentUp());
        QVERIFY(!m_f->waitForSave(saves));

        QCOMPARE(m_f->configBytes(), broken);
        auto* banner = m_f->find<QWidget>("saveErrorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(m_f->find<QLabel>("saveError")->text().contains(m_f->configPath()));
        QVERIFY(!m_f->page->saveError().isEmpty());
        QVERIFY(m_f->find<QPushButton>("saveMoveAside")->isVisible());
        // The edit is kept on the page, and not applied, since it was not saved.
        const QStringList edited{"google_stt", "openai_stt", "yandex_stt"};
        QCOMPARE(m_f->page->orderModel(ProviderCategory::Stt)->names(), edited);
        QCOMPARE(sttPriorities(), (QStringList{"openai_stt", "google_stt", "yandex_stt"}));

        // A second edit builds on the first; it fails the same way.
        m_f->find<QCheckBox>("providerEnabled")->click();
        QVERIFY(!m_f->waitForSave(saves));
        QCOMPARE(m_f->configBytes(), broken);

        // Moving the broken file aside (the user's explicit choice) writes both edits.
        m_f->find<QPushButton>("saveMoveAside")->click();
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(m_f->providerOnDisk("google_stt").value("priority").toInt(), 10);
        QCOMPARE(m_f->providerOnDisk("google_stt").value("enabled"), QJsonValue(false));
        QCOMPARE(m_f->page->orderModel(ProviderCategory::Stt)->names(), edited);
        QCOMPARE(sttPriorities(), (QStringList{"openai_stt", "yandex_stt"}));
        const QStringList aside = QDir(m_f->dir.path()).entryList({"config.json.corrupt-*"});
        QCOMPARE(aside.size(), 1);
        QFile old(m_f->dir.filePath(aside.first()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), broken);
        QVERIFY(m_f->page->saveError().isEmpty());
    }

    void retryAfterTheFileIsFixedSavesTheKeptEdits()
    {
        m_f->createRuntime();
        m_f->createPage();
        QFile::remove(m_f->configPath());
        QVERIFY(QDir().mkpath(m_f->configPath())); // a directory where the file should be: unwritable
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        QVERIFY(m_f->page->selectProvider("openai_stt"));
        QVERIFY(m_f->page->listPanel(ProviderCategory::Stt)->moveCurrentDown());
        QVERIFY(!m_f->waitForSave(saves));
        QVERIFY(m_f->find<QWidget>("saveErrorBanner")->isVisible());
        QVERIFY(QDir().rmdir(m_f->configPath()));
        m_f->find<QPushButton>("saveRetry")->click();
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(m_f->providerOnDisk("openai_stt").value("priority").toInt(), 20);
        QVERIFY(!m_f->find<QWidget>("saveErrorBanner")->isVisible());
        QCOMPARE(sttPriorities(), (QStringList{"google_stt", "openai_stt", "yandex_stt"}));
    }

    void keyFromTheEnvironmentIsNamed()
    {
        qputenv("GOOGLE_API_KEY", "env-key");
        m_f->createRuntime();
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("google_tts"));
        QVERIFY(
            m_f->find<QLabel>("credentialSource")->text().contains("environment variable GOOGLE_API_KEY"));
        PriorityOrderModel* model = m_f->page->orderModel(ProviderCategory::Tts);
        QCOMPARE(model->index(model->rowOf("google_tts")).data(PriorityOrderModel::BadgeShortRole),
                 QVariant(QStringLiteral("Not checked yet")));
        QVERIFY(!m_f->find<QLabel>("credentialSource")->text().contains("env-key"));
        qunsetenv("GOOGLE_API_KEY");
    }

    void pluginsThatFailedToLoadAreListedWithTheReason()
    {
        const QString plugins = m_f->dir.filePath("plugins");
        QVERIFY(QDir().mkpath(plugins));
        QFile fake(plugins + "/libbroken_tts.so");
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("this is not a shared library");
        fake.close();
        m_f->createRuntime({plugins});
        QVERIFY(!m_f->runtime->registry().failures().isEmpty());
        m_f->createPage();
        auto* failures = m_f->find<QLabel>("pluginFailures");
        QVERIFY(failures->isVisible());
        QVERIFY(failures->text().contains("libbroken_tts.so"));
        QVERIFY(
            failures->text().contains(m_f->runtime->registry().failures().first().reason.toHtmlEscaped()));
    }
};

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
