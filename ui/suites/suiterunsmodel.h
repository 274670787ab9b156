#pragma once

#include "core/history/storedsuiterun.h"

#include <QAbstractTableModel>

namespace vd {

// The suite runs stored in the history, newest first: id, start, suite, passed, failed, notes.
class SuiteRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        StartedColumn,
        SuiteColumn,
        PassedColumn,
        FailedColumn,
        NoteColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(const QList<StoredSuiteRun>& runs);
    const QList<StoredSuiteRun>& runs() const { return m_runs; }
    const StoredSuiteRun& run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StoredSuiteRun> m_runs;
};

} // namespace vd
