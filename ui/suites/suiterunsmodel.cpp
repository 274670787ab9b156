#include "ui/suites/suiterunsmodel.h"

#include <QLocale>

namespace vd {

void SuiteRunsModel::setRuns(const QList<StoredSuiteRun>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int SuiteRunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SuiteRunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuiteRunsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const StoredSuiteRun& run = m_runs.at(index.row());
    if (role == Qt::ToolTipRole)
        return run.suitePath;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == IdColumn || index.column() == PassedColumn || index.column() == FailedColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return run.id;
    case StartedColumn:
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    case SuiteColumn:
        return run.suiteName;
    case PassedColumn:
        return run.passed;
    case FailedColumn:
        return run.failed;
    case NoteColumn: {
        QStringList notes;
        if (run.cancelled)
            notes << tr("interrupted");
        if (run.problems > 0)
            notes << tr("%n suite file problem(s)", nullptr, run.problems);
        return notes.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant SuiteRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started");
    case SuiteColumn:
        return tr("Suite");
    case PassedColumn:
        return tr("Passed");
    case FailedColumn:
        return tr("Not passed");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace vd
