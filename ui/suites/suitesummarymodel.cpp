#include "ui/suites/suitesummarymodel.h"

#include "ui/activity/activitytablemodel.h"
#include "ui/speech/transcriptionoutcome.h"

namespace vd {

void SuiteSummaryModel::setSummaries(const QList<ProviderSummary>& summaries)
{
    beginResetModel();
    m_summaries = summaries;
    endResetModel();
}

int SuiteSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int SuiteSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuiteSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_summaries.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != ProviderColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const ProviderSummary& s = m_summaries.at(index.row());
    const auto latency = [&s](double q) {
        const std::optional<double> ms = s.latencyPercentile(q);
        return ms ? ActivityTableModel::latencyText(*ms) : QStringLiteral("—");
    };
    switch (index.column()) {
    case ProviderColumn:
        return s.label();
    case CasesColumn:
        return s.cases;
    case PassedColumn:
        return s.passed;
    case OverToleranceColumn:
        return s.overTolerance;
    case FailedColumn:
        return s.failed;
    case CancelledColumn:
        return s.cancelled;
    case WerColumn: {
        const std::optional<double> wer = s.corpusWer();
        return wer ? TranscriptionOutcome::werText(*wer) : QStringLiteral("—");
    }
    case P50Column:
        return latency(0.50);
    case P95Column:
        return latency(0.95);
    }
    return {};
}

QVariant SuiteSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case CasesColumn:
        return tr("Cases");
    case PassedColumn:
        return tr("Passed");
    case OverToleranceColumn:
        return tr("Over tolerance");
    case FailedColumn:
        return tr("Failed");
    case CancelledColumn:
        return tr("Cancelled");
    case WerColumn:
        return tr("Corpus WER");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    }
    return {};
}

} // namespace vd
