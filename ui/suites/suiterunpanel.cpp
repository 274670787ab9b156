#include "ui/suites/suiterunpanel.h"

#include "core/history/historyrecorder.h"
#include "core/suites/suiterunner.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/retranslator.h"
#include "ui/suites/suiteactivity.h"
#include "ui/suites/suiteexport.h"
#include "ui/suites/suiteresultsmodel.h"
#include "ui/suites/suitesummarychart.h"
#include "ui/suites/suitesummarymodel.h"
#include "ui/suites/suitetable.h"
#include "ui/suites/suitetargetlist.h"
#include "ui/uilog.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd {

SuiteRunPanel::SuiteRunPanel(Router& router, ProviderDirectory& directory, HistoryRecorder& history,
                             ActivityLog& activity, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_router(router), m_history(history), m_activity(activity), m_clock(clock)
{
    m_targets = new SuiteTargetList(directory, this);
    m_targetsLabel = new QLabel(this);
    m_targetsLabel->setBuddy(m_targets);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runSuiteButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSuiteButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportSuiteButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("suiteProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%v / %m"));
    m_progress->setTextVisible(false); // no "0 / 1" before anything ran
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("suiteRunStatus"));
    m_status->setWordWrap(true);
    m_results = new SuiteResultsModel(this);
    // Sorted by any column through a proxy; the model keeps the run's order.
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_results);
    sorted->setSortRole(SuiteResultsModel::SortRole);
    m_resultsView = makeSuiteTable(sorted, this);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->sortByColumn(-1, Qt::AscendingOrder);
    m_resultsView->setObjectName(QStringLiteral("suiteResults"));
    m_summary = new SuiteSummaryModel(this);
    m_summaryView = makeSuiteTable(m_summary, this);
    m_summaryView->setObjectName(QStringLiteral("suiteSummary"));
    m_summaryView->horizontalHeader()->setStretchLastSection(false);
    m_chart = new SuiteSummaryChart(this);

    auto* side = new QVBoxLayout;
    side->addWidget(m_targetsLabel);
    side->addWidget(m_targets, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    side->addLayout(buttons);
    side->addWidget(m_exportButton);

    // Results above the per-provider numbers and their charts; the splitter lets each grow.
    auto* panes = new QSplitter(Qt::Vertical, this);
    panes->addWidget(m_resultsView);
    panes->addWidget(m_summaryView);
    panes->addWidget(m_chart);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 1);
    panes->setStretchFactor(2, 2);
    auto* main = new QVBoxLayout;
    main->addWidget(m_progress);
    main->addWidget(m_status);
    main->addWidget(panes, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(side);
    layout->addLayout(main, 1);

    connect(m_runButton, &QPushButton::clicked, this, &SuiteRunPanel::runRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &SuiteRunPanel::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &SuiteRunPanel::chooseExportFile);
    connect(m_targets, &SuiteTargetList::choiceChanged, this, &SuiteRunPanel::updateActions);
    Retranslator::keep(this, [this] { retranslate(); });
    Retranslator::setText(m_status, [this] { return statusText(); });
    updateActions();
}

SuiteRunPanel::~SuiteRunPanel() = default;

void SuiteRunPanel::setRunnable(bool runnable)
{
    m_runnable = runnable;
    updateActions();
}

bool SuiteRunPanel::isRunning() const
{
    return m_runner && !m_runner->isFinished();
}

void SuiteRunPanel::start(const Suite& suite, const QList<SuiteProblem>& problems)
{
    if (isRunning())
        return;
    const SuiteTargets targets = m_targets->targets();
    for (SuiteCaseKind kind : {SuiteCaseKind::Stt, SuiteCaseKind::Tts}) {
        if (suite.has(kind) && targets.of(kind).isEmpty()) {
            Q_EMIT message(
                MessageBanner::Level::Error,
                kind == SuiteCaseKind::Stt
                    ? tr("The suite has speech-to-text cases: check Auto or a speech-to-text provider.")
                    : tr("The suite has text-to-speech cases: check Auto or a text-to-speech provider."));
            return;
        }
    }
    if (m_runner) { // finished; its queued `finished` must not reach the new run
        m_runner->disconnect(this);
        m_runner->deleteLater();
    }
    m_runner = new SuiteRunner(m_router, suite, targets, m_clock, this);
    m_runner->setProblems(problems);
    m_results->clear();
    m_summary->setSummaries({});
    m_chart->setSummaries({});
    m_progress->setRange(0, std::max(1, m_runner->total()));
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    connect(m_runner, &SuiteRunner::caseFinished, m_results, &SuiteResultsModel::append);
    connect(m_runner, &SuiteRunner::caseFinished, this, [this](const CaseResult& result) {
        if (std::optional<ActivityEntry> entry = suiteActivityEntry(result, QDateTime::currentDateTimeUtc()))
            m_activity.record(*entry);
    });
    connect(m_runner, &SuiteRunner::progress, this, [this](int done) {
        m_progress->setValue(done);
        Retranslator::setText(m_status, [this] { return statusText(); });
    });
    connect(m_runner, &SuiteRunner::finished, this, &SuiteRunPanel::finish);
    qCInfo(lcUiSuites) << "running" << suite.name << "with" << m_runner->total() << "case runs";
    m_runner->start();
    Retranslator::setText(m_status, [this] { return statusText(); });
    updateActions();
    Q_EMIT runningChanged(true);
}

void SuiteRunPanel::cancel()
{
    if (isRunning())
        m_runner->cancel();
}

void SuiteRunPanel::finish()
{
    m_lastRun = m_runner->run();
    m_results->setResults(m_lastRun->results);
    const QList<ProviderSummary> summaries = m_lastRun->summaries();
    m_summary->setSummaries(summaries);
    m_chart->setSummaries(summaries);
    m_resultsView->resizeColumnsToContents();
    m_summaryView->resizeColumnsToContents();
    Retranslator::setText(m_status, [this] { return statusText(); });
    updateActions();
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished();
    store(*m_lastRun);
}

void SuiteRunPanel::store(const SuiteRun& run)
{
    using Stored = HistoryStore::Outcome<qint64>;
    auto* watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Stored id = watcher->result();
        if (id)
            Q_EMIT runStored(*id);
        else
            Q_EMIT message(MessageBanner::Level::Warning,
                           tr("The run was not stored in the history: %1").arg(id.error().message()));
    });
    watcher->setFuture(m_history.recordSuiteRun(run));
}

QString SuiteRunPanel::statusText() const
{
    if (!m_runner)
        return tr("Choose the providers, then run the suite.");
    const SuiteRun& run = m_runner->run();
    if (!m_runner->isFinished())
        return tr("Running %1: %2 of %3 case runs done…")
            .arg(run.suiteName)
            .arg(m_runner->done())
            .arg(m_runner->total());
    const auto passed = std::count_if(run.results.cbegin(), run.results.cend(),
                                      [](const CaseResult& r) { return r.passed(); });
    QString text = tr("%1: %2 of %3 passed in %4 s.")
                       .arg(run.suiteName)
                       .arg(passed)
                       .arg(run.results.size())
                       .arg(run.wallMs / 1000.0, 0, 'f', 1);
    if (run.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the cases that had not finished are marked cancelled.");
    if (!run.problems.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n invalid case(s) of the suite file were not run.", nullptr, int(run.problems.size()));
    return text;
}

void SuiteRunPanel::chooseExportFile()
{
    if (!m_lastRun)
        return;
    const QString junit = tr("JUnit XML (*.xml)");
    QString filter = junit;
    const QString base = QDir::home().filePath(m_lastRun->suiteName + QStringLiteral("-results.xml"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export suite results"), base,
        QStringList{junit, tr("CSV files (*.csv)"), tr("JSON files (*.json)")}.join(QStringLiteral(";;")),
        &filter);
    if (!path.isEmpty())
        exportTo(path);
}

void SuiteRunPanel::exportTo(const QString& path)
{
    if (!m_lastRun)
        return;
    using Written = Result<void, QString>;
    auto* watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Written written = watcher->result();
        if (written)
            Q_EMIT message(MessageBanner::Level::Information,
                           tr("Results exported to %1").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT message(
                MessageBanner::Level::Error,
                tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), written.error()));
        Q_EMIT exported(path, bool(written), written ? QString() : written.error());
    });
    watcher->setFuture(QtConcurrent::run(exportSuiteRun, *m_lastRun, path));
}

void SuiteRunPanel::updateActions()
{
    const bool running = isRunning();
    m_runButton->setEnabled(m_runnable && !running && !m_targets->checkedNames().isEmpty());
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(m_lastRun.has_value() && !running);
    m_targets->setEnabled(!running);
}

void SuiteRunPanel::retranslate()
{
    m_targetsLabel->setText(tr("&Providers:"));
    m_runButton->setText(tr("&Run suite"));
    m_runButton->setToolTip(tr("Run every valid case on each checked provider"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setToolTip(tr("Stop the run; cases not finished are marked cancelled"));
    m_exportButton->setText(tr("E&xport results…"));
    m_exportButton->setToolTip(tr("Save the shown run as JUnit XML, CSV or JSON"));
    m_progress->setAccessibleName(tr("Suite progress"));
    m_resultsView->setAccessibleName(tr("Results per case and provider"));
    m_summaryView->setAccessibleName(tr("Summary per provider"));
}

} // namespace vd
