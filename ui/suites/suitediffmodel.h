#pragma once

#include "core/history/suitediff.h"

#include <QAbstractTableModel>
#include <QColor>

namespace vd {

// What changed between two stored runs (SuiteDiff), one row per change: regressions first (tinted
// red), then fixes (green), then removed cases. Columns: change, case, before, after.
class SuiteDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChangeColumn,
        CaseColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiff(const SuiteDiff& diff);
    const SuiteDiff& diff() const { return m_diff; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "new failure", "WER regressed"… in the interface language.
    static QString kindText(CaseChange::Kind kind);
    static QColor kindColour(const CaseChange& change);

private:
    SuiteDiff m_diff;
};

} // namespace vd
