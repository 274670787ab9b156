#include "ui/activity/activitytablemodel.h"

#include "ui/activity/activitylog.h"

#include <QColor>
#include <QLocale>

namespace vd {

ActivityTableModel::ActivityTableModel(ActivityLog& log, QObject* parent)
    : QAbstractTableModel(parent), m_log(log), m_rows(int(log.entries().size()))
{
    connect(&m_log, &ActivityLog::recorded, this,
            [this](const ActivityEntry&, qsizetype dropped) { onRecorded(dropped); });
    connect(&m_log, &ActivityLog::cleared, this, &ActivityTableModel::resetRows);
    connect(&m_log, &ActivityLog::restored, this, &ActivityTableModel::resetRows);
}

void ActivityTableModel::onRecorded(qsizetype dropped)
{
    if (dropped > 0) {
        const int removed = int(std::min<qsizetype>(dropped, m_rows));
        if (removed > 0) {
            // Until endRemoveRows the old rows must still read as before: row r is now at r - removed.
            m_pendingDrop = removed;
            beginRemoveRows({}, 0, removed - 1);
            m_rows -= removed;
            m_pendingDrop = 0;
            endRemoveRows();
        }
    }
    const int target = int(m_log.entries().size());
    if (m_rows < target) {
        beginInsertRows({}, m_rows, target - 1);
        m_rows = target;
        endInsertRows();
    }
}

void ActivityTableModel::resetRows()
{
    beginResetModel();
    m_rows = int(m_log.entries().size());
    endResetModel();
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ActivityEntry* ActivityTableModel::entry(int row) const
{
    const qsizetype index = qsizetype(row) - m_pendingDrop;
    if (row < 0 || row >= m_rows || index < 0 || index >= m_log.entries().size())
        return nullptr;
    return &m_log.entries().at(index);
}

QString ActivityTableModel::outcomeName(const ActivityEntry& entry)
{
    if (entry.ok)
        return QStringLiteral("ok");
    return entry.error ? errorKindName(entry.error->kind) : QStringLiteral("failed");
}

QString ActivityTableModel::outcomeText(const ActivityEntry& entry)
{
    if (entry.ok)
        return tr("ok", "outcome of a request");
    if (!entry.error)
        return tr("failed", "outcome of a request");
    return errorKindText(entry.error->kind);
}

QString ActivityTableModel::operationText(ActivityEntry::Operation operation)
{
    switch (operation) {
    case ActivityEntry::Operation::Transcribe:
        return tr("transcribe", "operation");
    case ActivityEntry::Operation::Synthesize:
        return tr("synthesize", "operation");
    case ActivityEntry::Operation::Compare:
        return tr("compare", "operation");
    case ActivityEntry::Operation::Probe:
        return tr("probe", "operation: a health check");
    case ActivityEntry::Operation::Voices:
        return tr("voices", "operation: listing a provider's voices");
    }
    return operationName(operation);
}

QString ActivityTableModel::latencyText(double milliseconds)
{
    return tr("%1 ms").arg(qRound64(milliseconds));
}

QString ActivityTableModel::sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("—");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    const ActivityEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case TimeColumn:
            return e->time;
        case LatencyColumn:
            return e->latencyMs;
        case SizeColumn:
            return e->bytes;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return QLocale().toString(e->time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
        case OperationColumn:
            return operationText(e->operation);
        case ProviderColumn:
            return e->provider.isEmpty() ? QStringLiteral("—") : e->provider;
        case OutcomeColumn:
            return outcomeText(*e);
        case LatencyColumn:
            return latencyText(e->latencyMs);
        case SizeColumn:
            return sizeText(e->bytes);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == TimeColumn)
            return QLocale().toString(e->time.toLocalTime(), QLocale::LongFormat);
        if (column == OutcomeColumn && e->error)
            return e->error->message;
    }
    if (role == Qt::TextAlignmentRole && (column == LatencyColumn || column == SizeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == OutcomeColumn && !e->ok)
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case ProviderColumn:
        return tr("Provider");
    case OutcomeColumn:
        return tr("Outcome");
    case LatencyColumn:
        return tr("Latency");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace vd
