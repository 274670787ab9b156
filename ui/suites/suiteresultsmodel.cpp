#include "ui/suites/suiteresultsmodel.h"

#include "ui/activity/activitytablemodel.h"
#include "ui/speech/transcriptionoutcome.h"

#include <limits>

namespace vd {

void SuiteResultsModel::clear()
{
    setResults({});
}

void SuiteResultsModel::append(const CaseResult& result)
{
    beginInsertRows({}, int(m_results.size()), int(m_results.size()));
    m_results.append(result);
    endInsertRows();
}

void SuiteResultsModel::setResults(const QList<CaseResult>& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SuiteResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int SuiteResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuiteResultsModel::outcomeText(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Passed:
        return tr("passed");
    case CaseOutcome::OverTolerance:
        return tr("over tolerance");
    case CaseOutcome::Failed:
        return tr("failed");
    case CaseOutcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QColor SuiteResultsModel::werColour(const CaseResult& result)
{
    // Translucent tints read on light and dark palettes alike.
    switch (result.outcome) {
    case CaseOutcome::Passed:
        return QColor(46, 160, 67, 90);
    case CaseOutcome::OverTolerance:
    case CaseOutcome::Failed:
        return QColor(218, 54, 51, 90);
    case CaseOutcome::Cancelled:
        break;
    }
    return {};
}

QVariant SuiteResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const CaseResult& r = m_results.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == WerColumn) {
        const QColor colour = werColour(r);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() >= WerColumn && index.column() <= AttemptsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return r.passed() ? tr("Expected: %1").arg(r.expected) : r.failureMessage();
    if (role == SortRole) {
        switch (index.column()) {
        case CaseColumn:
            return r.caseIndex;
        case WerColumn:
            return r.wer ? r.wer->rate : std::numeric_limits<double>::max();
        case ToleranceColumn:
            return r.tolerance;
        case LatencyColumn:
            return r.latencyMs;
        case AttemptsColumn:
            return r.attempts();
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return QStringLiteral("%1 %2 (%3)")
            .arg(r.caseIndex)
            .arg(r.caseId, r.kind == SuiteCaseKind::Stt ? tr("STT") : tr("TTS"));
    case ProviderColumn:
        return r.provider.isEmpty() || r.provider == r.target
                   ? r.target
                   : QStringLiteral("%1 → %2").arg(r.target, r.provider);
    case OutcomeColumn:
        return outcomeText(r.outcome);
    case WerColumn:
        return r.wer ? TranscriptionOutcome::werText(r.wer->rate) : QStringLiteral("—");
    case ToleranceColumn:
        return TranscriptionOutcome::werText(r.tolerance);
    case LatencyColumn:
        return r.outcome == CaseOutcome::Cancelled ? QStringLiteral("—")
                                                   : ActivityTableModel::latencyText(r.latencyMs);
    case AttemptsColumn:
        return r.attempts();
    case TextColumn:
        return r.wer ? r.text : r.failureMessage();
    }
    return {};
}

QVariant SuiteResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case ProviderColumn:
        return tr("Provider");
    case OutcomeColumn:
        return tr("Outcome");
    case WerColumn:
        return tr("WER");
    case ToleranceColumn:
        return tr("Tolerance");
    case LatencyColumn:
        return tr("Latency");
    case AttemptsColumn:
        return tr("Attempts");
    case TextColumn:
        return tr("Transcript or error");
    }
    return {};
}

} // namespace vd
