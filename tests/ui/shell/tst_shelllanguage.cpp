#include "shelltestenvironment.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/translator.h"
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
    }

    void followsTheSystemLocaleUntilALanguageIsChosen()
    {
        QVERIFY(savedLanguage().isEmpty());
        PreferencesDialog dialog(m_translator);
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

        PreferencesDialog dialog(m_translator, &window);
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

    void choosingTheSystemDefaultForgetsTheSavedLanguage()
    {
        PreferencesDialog dialog(m_translator);
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
        PreferencesDialog dialog(m_translator);
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("ru"));
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestShellLanguage)
#include "tst_shelllanguage.moc"
