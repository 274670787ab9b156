#include "app/gui/guiapplication.h"
#include "ui/shell/configproblemdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

// The application's start-up in process: a config file it cannot use is explained in the problem
// dialog, and the main window opens only after the user fixed it or moved it aside, never by
// overwriting it.
class TestGuiStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString configPath() const { return m_dir.filePath(QStringLiteral("config/voicedeck/config.json")); }

    void writeConfig(const QByteArray& bytes) const
    {
        QVERIFY(QDir().mkpath(QFileInfo(configPath()).absolutePath()));
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    static ConfigProblemDialog* problemDialog()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ConfigProblemDialog*>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static MainWindow* mainWindow()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(widget); window && window->isVisible())
                return window;
        }
        return nullptr;
    }

    static void click(ConfigProblemDialog* dialog, const char* button)
    {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    }

    QStringList configFolder() const
    {
        return QDir(QFileInfo(configPath()).absolutePath()).entryList(QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("VOICEDECK_CONFIG");
        QCoreApplication::setOrganizationName(QStringLiteral("VoiceDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("voicedeck"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    // The language is chosen before the runtime loads the plugins (the problem dialog needs it);
    // the plugins' own catalogues (embedded in them) are installed once they are loaded. First:
    // a plugin once loaded stays in the process, its catalogue with it.
    void pluginWordingIsTranslatedInTheSavedLanguage()
    {
        saveLanguage(QStringLiteral("ru"));
        const auto followSystem = qScopeGuard([] { saveLanguage(QString()); });
        gui::GuiApplication app({});
        QCOMPARE(app.start(), -1);
        QVERIFY(mainWindow());
        // The example plugin, from VOICEDECK_PLUGIN_PATH.
        QCOMPARE(QCoreApplication::translate("vd::SettingWording", "Tone pitch"),
                 QString::fromUtf8("Высота тона"));
    }

    void opensTheMainWindowOnTheRequestedPage()
    {
        gui::GuiApplication app({QString(), QStringLiteral("providers"), false});
        QCOMPARE(app.start(), -1);
        MainWindow* window = mainWindow();
        QVERIFY(window);
        QCOMPARE(window->currentPageId(), QStringLiteral("providers"));
        QVERIFY2(!QFile::exists(configPath()), "a missing config means defaults; nothing is written");
    }

    void movesABrokenConfigAsideOnlyWhenAsked()
    {
        const QByteArray broken = "{\"version\": 1, \"routing\": ";
        writeConfig(broken);
        gui::GuiApplication app({});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid JSON")));
        QCOMPARE(app.start(), -1);
        ConfigProblemDialog* dialog = problemDialog();
        QVERIFY(dialog);
        QVERIFY(!mainWindow());
        QVERIFY(dialog->problemsText().contains(QStringLiteral("is not valid JSON")));
        QCOMPARE(configFolder(), QStringList{"config.json"});

        click(dialog, "moveAside");

        QTRY_VERIFY(mainWindow());
        const QStringList files = configFolder();
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(QStringLiteral("config.json.corrupt-")), qPrintable(files.first()));
        QFile moved(QFileInfo(configPath()).absolutePath() + QLatin1Char('/') + files.first());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), broken);
        QVERIFY(moved.remove());
    }

    void triesAgainAfterTheUserFixedTheFile()
    {
        writeConfig("{\"version\": 1, \"breaker\": {\"window_calls\": -5}}");
        gui::GuiApplication app({});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("window_calls")));
        QCOMPARE(app.start(), -1);
        QVERIFY(problemDialog());

        writeConfig("{\"version\": 1, \"breaker\": {\"window_calls\": 40}}");
        click(problemDialog(), "tryAgain");

        QTRY_VERIFY(mainWindow());
        QCOMPARE(configFolder(), QStringList{"config.json"});
    }

    // Issue #17: the dialog showed one of three problems; the next appeared only after Try Again.
    void listsEveryProblemOfTheFileAtOnce()
    {
        writeConfig(R"({"version": 1, "breaker": {"window_calls": -5},
                        "routing": {"max_retries": "3"},
                        "providers": {"openai_stt": {"settings": {"response_format": "bogus"}},
                                      "flite_tts": {"priority": -1}}})");
        gui::GuiApplication app({});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("window_calls")));
        QCOMPARE(app.start(), -1);
        ConfigProblemDialog* dialog = problemDialog();
        QVERIFY(dialog);
        const QString problems = dialog->problemsText();
        for (const char* key :
             {"breaker.window_calls", "routing.max_retries", "providers.openai_stt.settings.response_format",
              "providers.flite_tts.priority"})
            QVERIFY2(problems.contains(QLatin1String(key)),
                     qPrintable(key + QStringLiteral(" missing from:\n") + problems));
        click(dialog, "quit");
    }

    void asksAgainWhileTheFileIsStillBroken()
    {
        writeConfig("[]");
        gui::GuiApplication app({});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("config.json")));
        QCOMPARE(app.start(), -1);
        ConfigProblemDialog* first = problemDialog();
        QVERIFY(first);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("config.json")));
        click(first, "tryAgain");
        QTRY_VERIFY(problemDialog() && problemDialog() != first);
        QVERIFY(!mainWindow());
        QCOMPARE(configFolder(), QStringList{"config.json"});
        problemDialog()->close();
    }
};

QTEST_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
