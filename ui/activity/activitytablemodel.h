#pragma once

#include "ui/activity/activityentry.h"

#include <QAbstractTableModel>

namespace vd {

class ActivityLog;

// The ActivityLog as a table, row i = entry i (oldest first), appended live. The log has already
// changed when it announces a change, so the model keeps its own row count and replays each
// announcement as "remove the dropped rows at the top, insert one at the bottom": views and
// proxies never see a row count that disagrees with the rows they were told about.
// Qt::DisplayRole is text with units; SortRole the raw value (time, milliseconds, bytes).
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        OperationColumn,
        ProviderColumn,
        OutcomeColumn,
        LatencyColumn,
        SizeColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit ActivityTableModel(ActivityLog& log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Null for an invalid row.
    const ActivityEntry* entry(int row) const;

    // "ok" or the error kind ("server", "timeout", ...), as the CLI and JSON name them: exports.
    static QString outcomeName(const ActivityEntry& entry);
    // The same in the user's language, as the table and the details show it (in English the
    // names themselves: the words people also see in the CLI and the exports).
    static QString outcomeText(const ActivityEntry& entry);
    static QString operationText(ActivityEntry::Operation operation);
    // "512 bytes", "12.3 KiB", "1.5 MiB"; "—" for 0.
    static QString sizeText(qint64 bytes);
    // "420 ms".
    static QString latencyText(double milliseconds);

private:
    void onRecorded(qsizetype dropped);
    void resetRows();

    ActivityLog& m_log;
    int m_rows = 0;
    int m_pendingDrop = 0; // rows being removed: the log dropped them already
};

} // namespace vd
