#pragma once

#include "core/suites/providersummary.h"

#include <QAbstractTableModel>

namespace vd {

// The per-provider numbers of a suite run: cases, passed, over tolerance, failed, cancelled,
// corpus WER and latency p50/p95 (ProviderSummary, as the CLI prints them).
class SuiteSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProviderColumn,
        CasesColumn,
        PassedColumn,
        OverToleranceColumn,
        FailedColumn,
        CancelledColumn,
        WerColumn,
        P50Column,
        P95Column,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSummaries(const QList<ProviderSummary>& summaries);
    const QList<ProviderSummary>& summaries() const { return m_summaries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProviderSummary> m_summaries;
};

} // namespace vd
