#pragma once

#include <QIcon>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;

namespace vd {

class AudioDeviceChoice;
class PreferencesDialog;
class Runtime;
class Translator;
class WorkTracker;

// VoiceDeck's one main window: a sidebar of pages (icon + title) beside the current page, menus
// (File, View with one Ctrl+N action per page, Settings, Help), and a status bar saying whether
// the runtime has finished loading, what the config file warns about and what long work runs
// (work(): pages report to it). The sidebar is as wide as its longest title in the language in
// use, and pages sit in a scroll area, so that a language with longer words never widens the
// window by itself. It knows pages only by
// id, title, icon and widget (see standardpages.h for the list), keeps the window geometry, the
// current page and every PageState page's state in QSettings, and retranslates itself on
// QEvent::LanguageChange.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Runtime& runtime, Translator& translator, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Appends a page; the window takes ownership. The first nine get Ctrl+1…Ctrl+9.
    void addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    // Shows the page with this id; false (and nothing changes) when there is none.
    bool showPage(const QString& id);
    // For titles that change with the language (see languageChanged()).
    void setPageTitle(const QString& id, const QString& title);

    QStringList pageIds() const;
    QString currentPageId() const;
    QWidget* page(const QString& id) const;

    // Geometry, window state, current page and page states from the last run; call once the
    // pages are added. Without a saved session the window gets a comfortable default size.
    void restoreSession();
    // Written on close; public so that the session can also be saved at other moments.
    void saveSession() const;

    void showAbout();
    void showPreferences();

    // Long work for the status bar (see WorkTracker).
    WorkTracker& work() { return *m_work; }
    // The microphone and sound output chosen in Preferences.
    AudioDeviceChoice& audioDevices() { return *m_audioDevices; }

Q_SIGNALS:
    void currentPageChanged(const QString& id);
    // After the window has retranslated its own texts; whoever supplied page titles sets them again.
    void languageChanged();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Page
    {
        QString id;
        QString title;
        QWidget* widget = nullptr;
        QAction* action = nullptr;
        QListWidgetItem* item = nullptr;
    };

    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void updateReadiness();
    void updateConfigWarnings();
    void onCurrentRowChanged(int row);
    int indexOf(const QString& id) const;
    void fitPageList();

    Runtime& m_runtime;
    Translator& m_translator;
    QList<Page> m_pages;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QLabel* m_readinessLabel = nullptr;
    QLabel* m_warningsLabel = nullptr;
    QPointer<PreferencesDialog> m_preferences;
    WorkTracker* m_work = nullptr;
    AudioDeviceChoice* m_audioDevices = nullptr;
};

} // namespace vd
