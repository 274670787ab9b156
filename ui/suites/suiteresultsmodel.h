#pragma once

#include "core/suites/caseresult.h"

#include <QAbstractTableModel>
#include <QColor>

namespace vd {

// The results of a suite run, one row per case × provider: as cases finish (append) and then in
// the run's order (setResults). The WER cell is tinted against the case's tolerance: green when it
// passes, red over the tolerance or without a transcript, none when cancelled.
class SuiteResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CaseColumn,
        ProviderColumn,
        OutcomeColumn,
        WerColumn,
        ToleranceColumn,
        LatencyColumn,
        AttemptsColumn,
        TextColumn,
        ColumnCount
    };

    // The value a column sorts by: numbers for the numeric columns (no transcript sorts last).
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const CaseResult& result);
    void setResults(const QList<CaseResult>& results);
    const QList<CaseResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "passed", "over tolerance"… in the interface language.
    static QString outcomeText(CaseOutcome outcome);
    // The WER cell's tint; invalid for none.
    static QColor werColour(const CaseResult& result);

private:
    QList<CaseResult> m_results;
};

} // namespace vd
