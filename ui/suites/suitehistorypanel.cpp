#include "ui/suites/suitehistorypanel.h"

#include "core/history/historyrecorder.h"
#include "ui/i18n/retranslator.h"
#include "ui/suites/suitediffmodel.h"
#include "ui/suites/suiterunsmodel.h"
#include "ui/suites/suitetable.h"

#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vd {

namespace {

constexpr int kRunLimit = 200;

} // namespace

SuiteHistoryPanel::SuiteHistoryPanel(HistoryRecorder& history, QWidget* parent)
    : QWidget(parent), m_history(history)
{
    m_runs = new SuiteRunsModel(this);
    m_runsView = makeSuiteTable(m_runs, this);
    m_runsView->setObjectName(QStringLiteral("suiteRuns"));
    m_runsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runsLabel = new QLabel(this);
    m_runsLabel->setBuddy(m_runsView);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshRunsButton"));
    m_compareButton = new QPushButton(this);
    m_compareButton->setObjectName(QStringLiteral("compareRunsButton"));
    m_werThreshold = new QDoubleSpinBox(this);
    m_werThreshold->setRange(0.0, 1.0);
    m_werThreshold->setSingleStep(0.01);
    m_werThreshold->setDecimals(3);
    m_werLabel = new QLabel(this);
    m_werLabel->setBuddy(m_werThreshold);
    m_latencyThreshold = new QDoubleSpinBox(this);
    m_latencyThreshold->setRange(0.0, 600000.0);
    m_latencyThreshold->setDecimals(0);
    m_latencyThreshold->setSingleStep(100);
    m_latencyThreshold->setValue(500);
    m_latencyLabel = new QLabel(this);
    m_latencyLabel->setBuddy(m_latencyThreshold);
    m_diff = new SuiteDiffModel(this);
    m_diffView = makeSuiteTable(m_diff, this);
    m_diffView->setObjectName(QStringLiteral("suiteDiff"));
    m_diffStatus = new QLabel(this);
    m_diffStatus->setObjectName(QStringLiteral("suiteDiffStatus"));
    m_diffStatus->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_runsLabel);
    top->addStretch(1);
    top->addWidget(m_refreshButton);
    auto* compare = new QHBoxLayout;
    compare->addWidget(m_compareButton);
    compare->addWidget(m_werLabel);
    compare->addWidget(m_werThreshold);
    compare->addWidget(m_latencyLabel);
    compare->addWidget(m_latencyThreshold);
    compare->addStretch(1);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(compare);
    lowerLayout->addWidget(m_diffStatus);
    lowerLayout->addWidget(m_diffView, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_runsView);
    split->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &SuiteHistoryPanel::refresh);
    connect(m_compareButton, &QPushButton::clicked, this, &SuiteHistoryPanel::compareSelected);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuiteHistoryPanel::updateActions);
    Retranslator::keep(this, [this] { retranslate(); });
    updateActions();
}

void SuiteHistoryPanel::refresh()
{
    using Read = HistoryStore::Outcome<QList<StoredSuiteRun>>;
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<qint64> selected = selectedIds();
        const Read read = watcher->result();
        m_error = read ? QString() : read.error().message();
        m_runs->setRuns(read ? *read : QList<StoredSuiteRun>{});
        m_runsView->resizeColumnsToContents();
        selectRuns(selected);
        retranslate();
        Q_EMIT refreshed();
    });
    watcher->setFuture(m_history.suiteRuns(kRunLimit));
}

void SuiteHistoryPanel::showStoredRun(qint64 id)
{
    connect(
        this, &SuiteHistoryPanel::refreshed, this, [this, id] { selectRuns({id}); },
        Qt::SingleShotConnection);
    refresh();
}

void SuiteHistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QList<qint64> SuiteHistoryPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_runsView->selectionModel()->selectedRows())
        ids << m_runs->run(row.row()).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SuiteHistoryPanel::selectRuns(const QList<qint64>& ids)
{
    QItemSelection selection;
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        if (ids.contains(m_runs->run(row).id))
            selection.select(m_runs->index(row, 0), m_runs->index(row, SuiteRunsModel::ColumnCount - 1));
    }
    m_runsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateActions();
}

void SuiteHistoryPanel::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 2)
        return;
    using Read = HistoryStore::Outcome<std::optional<StoredSuiteRun>>;
    // Both reads are queued on the recorder's one worker thread: the second ends after the first.
    QFuture<Read> first = m_history.suiteRun(ids.at(0));
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, first] {
        watcher->deleteLater();
        const Read a = first.result();
        const Read b = watcher->result();
        if (!a || !b || !*a || !*b) {
            m_error = !a   ? a.error().message()
                      : !b ? b.error().message()
                           : tr("The run is no longer in the history.");
            m_comparedRuns[0] = m_comparedRuns[1] = 0;
            m_diff->setDiff({});
            retranslate();
            Q_EMIT compared();
            return;
        }
        showDiff(**a, **b);
    });
    watcher->setFuture(m_history.suiteRun(ids.at(1)));
}

void SuiteHistoryPanel::showDiff(const StoredSuiteRun& a, const StoredSuiteRun& b)
{
    m_error.clear();
    m_comparedRuns[0] = a.id;
    m_comparedRuns[1] = b.id;
    m_compared = a.suitePath == b.suitePath ? QString() : a.suitePath + QLatin1Char('\n') + b.suitePath;
    m_diff->setDiff(SuiteDiff::compare(a, b, m_werThreshold->value(), m_latencyThreshold->value()));
    m_diffView->resizeColumnsToContents();
    retranslate();
    Q_EMIT compared();
}

void SuiteHistoryPanel::updateActions()
{
    m_compareButton->setEnabled(selectedIds().size() == 2);
}

void SuiteHistoryPanel::retranslate()
{
    m_runsLabel->setText(m_error.isEmpty() ? tr("Stored &runs (select two to compare):")
                                           : tr("Stored &runs: %1").arg(m_error));
    m_refreshButton->setText(tr("Re&load"));
    m_refreshButton->setToolTip(tr("Read the stored runs again from the history database"));
    m_compareButton->setText(tr("Co&mpare"));
    m_compareButton->setToolTip(tr("Show what regressed and what was fixed from the older run to the newer"));
    m_werLabel->setText(tr("&WER threshold:"));
    m_werThreshold->setToolTip(tr("A case regressed when its word error rate rose by more than this"));
    m_latencyLabel->setText(tr("L&atency threshold:"));
    m_latencyThreshold->setSuffix(tr(" ms"));
    m_latencyThreshold->setToolTip(tr("A case regressed when its latency rose by more than this"));
    m_runsView->setAccessibleName(tr("Stored suite runs"));
    m_diffView->setAccessibleName(tr("Changes between the two runs"));
    const SuiteDiff& diff = m_diff->diff();
    QString status;
    if (m_comparedRuns[0] != 0) {
        const auto regressions = std::count_if(diff.changes.cbegin(), diff.changes.cend(),
                                               [](const CaseChange& c) { return c.isRegression(); });
        status = tr("Run %1 → run %2: %3 regression(s), %4 fixed, %5 removed.")
                     .arg(m_comparedRuns[0])
                     .arg(m_comparedRuns[1])
                     .arg(regressions)
                     .arg(diff.count(CaseChange::Kind::Fixed))
                     .arg(diff.count(CaseChange::Kind::Removed));
        if (!m_compared.isEmpty())
            status += QLatin1Char(' ') + tr("The runs are of different suites; only cases with the same id "
                                            "and provider are compared.");
    }
    m_diffStatus->setText(status);
}

} // namespace vd
