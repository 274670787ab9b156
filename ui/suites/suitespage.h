#pragma once

#include "core/suites/suiteloader.h"
#include "core/suites/suitewriter.h"
#include "ui/shell/pagestate.h"
#include "ui/suites/suitetake.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace vd {

class ActivityLog;
class HistoryRecorder;
class MessageBanner;
class ProviderDirectory;
class ProviderRegistry;
class Router;
class SuiteHistoryPanel;
class SuiteProblemsBox;
class SuiteRunPanel;

// The Suites page (issue #12): open or create a suite file, add the Speech to text page's take or
// an audio file as a case with its expected text, see every problem of the suite file (case and
// field), run the suite on chosen providers (SuiteRunPanel: progress, cancel, results, summary,
// export) and browse the stored runs with the diff of two (SuiteHistoryPanel). Each case's request
// is recorded in the ActivityLog. Files are read and written on the thread pool, the history on
// its own thread: the GUI thread never waits.
class SuitesPage : public QWidget, public PageState
{
    Q_OBJECT
public:
    SuitesPage(Router& router, ProviderRegistry& registry, ProviderDirectory& providers,
               HistoryRecorder& history, ActivityLog& activity, QWidget* parent = nullptr);
    ~SuitesPage() override;

    // Where "Add take" gets the recording from (the Speech to text page's take).
    void setTakeSource(SuiteTakeSource source) { m_takeSource = std::move(source); }
    // What "Add take" would add now; nothing without a take.
    std::optional<SuiteTake> currentTake() const;

    // Loads the suite (a suite.json or its folder) off the GUI thread; suiteLoaded() follows.
    void openSuite(const QString& path);
    // Starts a new suite in `folder`: its suite.json is written with the first case added.
    void newSuite(const QString& folder);
    // Adds a case to the open (or new) suite off the GUI thread; caseAdded() or a message follows.
    void addCase(const NewSuiteCase& newCase);
    // Runs the open suite; with problems in the file only when "run the valid cases" is checked.
    void runSuite();

    const SuiteLoad& load() const { return m_load; }
    QString suitePath() const { return m_path; }
    SuiteRunPanel& runPanel() { return *m_runPanel; }
    SuiteHistoryPanel& historyPanel() { return *m_historyPanel; }
    MessageBanner& messageBanner() { return *m_banner; }
    void setKeepGoing(bool keepGoing);

    QByteArray savePageState() const override;
    bool restorePageState(const QByteArray& state) override;

Q_SIGNALS:
    void suiteLoaded();
    void caseAdded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyLoad(const SuiteLoad& load);
    void chooseSuite();
    bool chooseNewSuite();
    void addTake();
    void addFile();
    void updateActions();
    void retranslate();
    QString suiteText() const;

    ProviderRegistry& m_registry;
    SuiteTakeSource m_takeSource;
    QString m_path; // the suite file; empty when none is open
    SuiteLoad m_load;
    bool m_busy = false; // reading or writing the suite file

    MessageBanner* m_banner = nullptr;
    QLabel* m_suiteLabel = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_addTakeButton = nullptr;
    QPushButton* m_addFileButton = nullptr;
    SuiteProblemsBox* m_problemsBox = nullptr;
    QTabWidget* m_tabs = nullptr;
    SuiteRunPanel* m_runPanel = nullptr;
    SuiteHistoryPanel* m_historyPanel = nullptr;
};

} // namespace vd
