#include "shelltestenvironment.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/translator.h"
#include "ui/shell/audiodevicechoice.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/standardpages.h"
#include "ui/shell/uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace vd;

// Switching the interface language in Preferences: the choice goes through the real Translator
// at once (Qt's own Russian strings prove it), is saved, and the main window retranslates its
// menus, page titles and status bar. The Russian texts come from the real catalogue embedded in
// voicedeck_ui (translations/voicedeck_ru.ts), and Qt's own from qtbase's.
class TestShellLanguage : public QObject
{
    Q_OBJECT

private:
    test::ShellTestEnvironment m_environment;
    Translator m_translator;
    ActivityLog m_activity;
    std::unique_ptr<Runtime> m_runtime;
    AudioDeviceChoice m_devices;

    // Every sidebar title shows whole: the list is as wide as its widest item, with no
    // horizontal scroll bar.
    static void verifySidebarFits(MainWindow& window)
    {
        auto* list = window.findChild<QListWidget*>(QStringLiteral("pageList"));
        QVERIFY(list);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        for (int row = 0; row < list->count(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            QVERIFY2(list->viewport()->width() >= list->sizeHintForIndex(index).width() + 2 * list->spacing(),
                     qPrintable(list->item(row)->text()));
        }
    }

    // Lets layouts settle after a language switch (LayoutRequest events are posted).
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    static QString menuTitles(const MainWindow& window)
    {
        QStringList titles;
        for (const QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles.join(QLatin1Char('|'));
    }

    static QString pageTitles(const MainWindow& window)
    {
        const auto* list = window.findChild<QListWidget*>(QStringLiteral("pageList"));
        QStringList titles;
        for (int row = 0; row < list->count(); ++row)
            titles << list->item(row)->text();
        return titles.join(QLatin1Char('|'));
    }

    static QString readiness(const MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("readiness"))->text();
    }

    static void choose(PreferencesDialog& dialog, const QString& code)
    {
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        const int index = combo->findData(code);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_environment.isValid());
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
        test::ShellTestEnvironment::clearSettings();
        m_runtime = m_environment.createRuntime();
        QVERIFY(m_runtime);
    }

    // A test that switches the language leaves English behind, even when it fails.
    void cleanup() { QVERIFY(m_translator.setLanguage(QStringLiteral("en"))); }

    void followsTheSystemLocaleUntilALanguageIsChosen()
    {
        QVERIFY(savedLanguage().isEmpty());
        PreferencesDialog dialog(m_translator, *m_runtime, m_devices);
        const auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(1), QStringLiteral("English"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Русский"));
        QVERIFY(combo->itemText(0).startsWith(QStringLiteral("System default")));
    }

    void choosingRussianRetranslatesTheWindowAtOnceAndIsSaved()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        MainWindow window(*runtime, m_translator);
        addStandardPages(window, *runtime, m_activity);
        window.show();
        QCOMPARE(menuTitles(window), QStringLiteral("&File|&View|&Settings|&Help"));
        QCOMPARE(pageTitles(window),
                 QStringLiteral("Speech to text|Text to speech|Providers|Health|Activity|Suites"));
        QCOMPARE(readiness(window), QStringLiteral("Loading keychain and state…"));

        PreferencesDialog dialog(m_translator, *runtime, window.audioDevices(), &window);
        dialog.show();
        choose(dialog, QStringLiteral("ru"));

        QCOMPARE(m_translator.language(), QStringLiteral("ru"));
        QCOMPARE(savedLanguage(), QStringLiteral("ru"));
        QTRY_COMPARE(menuTitles(window), QStringLiteral("&Файл|&Вид|&Настройки|&Справка"));
        QTRY_COMPARE(
            pageTitles(window),
            QStringLiteral("Распознавание речи|Синтез речи|Провайдеры|Мониторинг|Журнал|Наборы тестов"));
        QTRY_COMPARE(readiness(window), QStringLiteral("Загрузка связки ключей и состояния…"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Параметры"));
        // Qt's own catalogue, also installed by the Translator.
        const auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QTRY_COMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("Закрыть"));

        choose(dialog, QStringLiteral("en"));
        QCOMPARE(savedLanguage(), QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(window), QStringLiteral("&File|&View|&Settings|&Help"));
        QTRY_COMPARE(pageTitles(window),
                     QStringLiteral("Speech to text|Text to speech|Providers|Health|Activity|Suites"));
    }

    // Russian words are longer: the window must not grow by itself (it did, 1120 -> 1155 px),
    // and the sidebar must show "Распознавание речи" whole, without a scroll bar.
    void switchingToRussianKeepsTheWindowWidthAndFitsTheSidebar()
    {
        test::ShellTestEnvironment::clearSettings(); // no saved window size
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        MainWindow window(*runtime, m_translator);
        addStandardPages(window, *runtime, m_activity);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        const int width = window.width();
        verifySidebarFits(window);

        QVERIFY(m_translator.setLanguage(QStringLiteral("ru")));
        QTRY_COMPARE(pageTitles(window).section(QLatin1Char('|'), 0, 0),
                     QStringLiteral("Распознавание речи"));
        settle();
        for (const QString& id : window.pageIds()) { // every page's layout, not only the current one
            QVERIFY(window.showPage(id));
            settle();
        }
        verifySidebarFits(window);
        QCOMPARE(window.width(), width);
    }

    // Starting in Russian opens the window as wide as in English; at the default size every
    // page fits beside the sidebar without scrolling sideways.
    void startingInRussianOpensAsWideAsInEnglish()
    {
        test::ShellTestEnvironment::clearSettings(); // no saved window size
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto openWindow = [&](const QString& language) {
            [&] { QVERIFY(m_translator.setLanguage(language)); }();
            auto window = std::make_unique<MainWindow>(*runtime, m_translator);
            addStandardPages(*window, *runtime, m_activity);
            window->restoreSession();
            window->show();
            [&] { QVERIFY(QTest::qWaitForWindowExposed(window.get())); }();
            for (const QString& id : window->pageIds()) { // every page's layout, not only the first
                window->showPage(id);
                settle();
            }
            return window;
        };
        const int englishWidth = openWindow(QStringLiteral("en"))->width();

        auto window = openWindow(QStringLiteral("ru"));
        verifySidebarFits(*window);
        QCOMPARE(window->width(), englishWidth);
        window->resize(1120, 720);
        settle();
        const auto* area = window->findChild<QScrollArea*>(QStringLiteral("pageArea"));
        QVERIFY(area);
        QVERIFY(!area->horizontalScrollBar()->isVisible());
    }

    void choosingTheSystemDefaultForgetsTheSavedLanguage()
    {
        PreferencesDialog dialog(m_translator, *m_runtime, m_devices);
        choose(dialog, QStringLiteral("ru"));
        QCOMPARE(savedLanguage(), QStringLiteral("ru"));
        choose(dialog, QString());
        QVERIFY(savedLanguage().isEmpty());
        QVERIFY(m_translator.requestedLanguage().isEmpty());
        QCOMPARE(m_translator.language(), Translator::languageForLocale(QLocale::system()));
    }

    void opensOnTheLanguageInUse()
    {
        QVERIFY(m_translator.setLanguage(QStringLiteral("ru")));
        PreferencesDialog dialog(m_translator, *m_runtime, m_devices);
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("ru"));
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestShellLanguage)
#include "tst_shelllanguage.moc"
