#include "ui/suites/suitediffmodel.h"

#include "ui/activity/activitytablemodel.h"
#include "ui/speech/transcriptionoutcome.h"
#include "ui/suites/suiteresultsmodel.h"

namespace vd {

namespace {

QString outcomeText(const QString& name)
{
    for (CaseOutcome outcome :
         {CaseOutcome::Passed, CaseOutcome::OverTolerance, CaseOutcome::Failed, CaseOutcome::Cancelled}) {
        if (caseOutcomeName(outcome) == name)
            return SuiteResultsModel::outcomeText(outcome);
    }
    return name;
}

QString stateText(const std::optional<StoredCase>& stored)
{
    if (!stored)
        return QStringLiteral("—");
    const QString wer = stored->wer ? TranscriptionOutcome::werText(*stored->wer) : QStringLiteral("—");
    return SuiteDiffModel::tr("%1, WER %2, %3")
        .arg(outcomeText(stored->outcome), wer, ActivityTableModel::latencyText(stored->latencyMs));
}

} // namespace

void SuiteDiffModel::setDiff(const SuiteDiff& diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

int SuiteDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diff.changes.size());
}

int SuiteDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuiteDiffModel::kindText(CaseChange::Kind kind)
{
    switch (kind) {
    case CaseChange::Kind::NewFailure:
        return tr("new failure");
    case CaseChange::Kind::WerRegressed:
        return tr("WER regressed");
    case CaseChange::Kind::LatencyRegressed:
        return tr("slower");
    case CaseChange::Kind::Fixed:
        return tr("fixed");
    case CaseChange::Kind::Removed:
        return tr("removed");
    }
    return {};
}

QColor SuiteDiffModel::kindColour(const CaseChange& change)
{
    if (change.isRegression())
        return QColor(218, 54, 51, 90);
    if (change.kind == CaseChange::Kind::Fixed)
        return QColor(46, 160, 67, 90);
    return {};
}

QVariant SuiteDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_diff.changes.size())
        return {};
    const CaseChange& change = m_diff.changes.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == ChangeColumn) {
        const QColor colour = kindColour(change);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    if (role == Qt::ToolTipRole)
        return change.describe();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ChangeColumn:
        return kindText(change.kind);
    case CaseColumn:
        return change.key;
    case BeforeColumn:
        return stateText(change.before);
    case AfterColumn:
        return stateText(change.after);
    }
    return {};
}

QVariant SuiteDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case CaseColumn:
        return tr("Case");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

} // namespace vd
