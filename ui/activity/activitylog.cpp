#include "ui/activity/activitylog.h"

#include <algorithm>

namespace vd {

QString operationName(ActivityEntry::Operation operation)
{
    switch (operation) {
    case ActivityEntry::Operation::Transcribe:
        return QStringLiteral("transcribe");
    case ActivityEntry::Operation::Synthesize:
        return QStringLiteral("synthesize");
    case ActivityEntry::Operation::Compare:
        return QStringLiteral("compare");
    case ActivityEntry::Operation::Probe:
        return QStringLiteral("probe");
    case ActivityEntry::Operation::Voices:
        return QStringLiteral("voices");
    }
    return {};
}

ActivityLog::ActivityLog(qsizetype capacity, QObject* parent)
    : QObject(parent), m_capacity(qMax<qsizetype>(1, capacity))
{}

void ActivityLog::record(ActivityEntry entry)
{
    const qsizetype dropped = qMax<qsizetype>(0, m_entries.size() + 1 - m_capacity);
    if (dropped > 0)
        m_entries.remove(0, dropped);
    m_entries.append(std::move(entry));
    Q_EMIT recorded(m_entries.constLast(), dropped);
}

void ActivityLog::restore(const QList<ActivityEntry>& earlier)
{
    if (earlier.isEmpty())
        return;
    const qsizetype room = std::max<qsizetype>(0, m_capacity - m_entries.size());
    m_entries = earlier.last(std::min(room, earlier.size())) + m_entries;
    Q_EMIT restored();
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace vd
