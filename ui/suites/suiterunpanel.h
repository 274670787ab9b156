#pragma once

#include "core/suites/suiterun.h"
#include "ui/speech/messagebanner.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vd {

class ActivityLog;
class Clock;
class HistoryRecorder;
class ProviderDirectory;
class Router;
class SuiteResultsModel;
class SuiteRunner;
class SuiteSummaryChart;
class SuiteSummaryModel;
class SuiteTargetList;
struct Suite;

// Running a suite on the Suites page: the providers to run on, Run and Cancel, a progress bar,
// the results (case × provider) as they come in, the per-provider summary as numbers and charts,
// and export of the shown run (JUnit XML, CSV, JSON). The run goes through the router
// (SuiteRunner, asynchronous: the GUI thread never waits on it) and is stored in the history;
// each case's request is recorded in the ActivityLog.
class SuiteRunPanel : public QWidget
{
    Q_OBJECT
public:
    SuiteRunPanel(Router& router, ProviderDirectory& directory, HistoryRecorder& history,
                  ActivityLog& activity, const Clock& clock, QWidget* parent = nullptr);
    ~SuiteRunPanel() override;

    // Whether Run is offered: a suite with cases to run is open.
    void setRunnable(bool runnable);
    // Runs the suite's cases on the checked providers; `problems` (entries left out) go with the run.
    void start(const Suite& suite, const QList<SuiteProblem>& problems);
    void cancel();
    bool isRunning() const;
    // The run shown: the last one finished; nothing before the first.
    const std::optional<SuiteRun>& lastRun() const { return m_lastRun; }
    // Writes the shown run to `path` on a worker thread (the format from the extension), then emits
    // exported().
    void exportTo(const QString& path);

    SuiteTargetList& targets() { return *m_targets; }
    SuiteResultsModel& results() { return *m_results; }
    SuiteSummaryModel& summary() { return *m_summary; }
    SuiteSummaryChart& chart() { return *m_chart; }

Q_SIGNALS:
    void runRequested();
    void runningChanged(bool running);
    // The run ended (finished or cancelled) and is shown; storing it follows.
    void runFinished();
    // The run was stored in the history as `id`.
    void runStored(qint64 id);
    void message(vd::MessageBanner::Level level, const QString& text);
    void exported(const QString& path, bool ok, const QString& error);

private:
    void finish();
    void store(const SuiteRun& run);
    void chooseExportFile();
    void updateActions();
    QString statusText() const;
    void retranslate();

    Router& m_router;
    HistoryRecorder& m_history;
    ActivityLog& m_activity;
    const Clock& m_clock;
    SuiteRunner* m_runner = nullptr;
    std::optional<SuiteRun> m_lastRun;
    bool m_runnable = false;

    SuiteTargetList* m_targets = nullptr;
    QLabel* m_targetsLabel = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    SuiteResultsModel* m_results = nullptr;
    QTableView* m_resultsView = nullptr;
    SuiteSummaryModel* m_summary = nullptr;
    QTableView* m_summaryView = nullptr;
    SuiteSummaryChart* m_chart = nullptr;
};

} // namespace vd
