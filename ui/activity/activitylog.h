#pragma once

#include "ui/activity/activityentry.h"

#include <QList>
#include <QObject>

namespace vd {

// The application's request history for the Activity page: every page that sends a request
// records it here when it finishes. Lives on the GUI thread; bounded so a long session cannot
// grow it without limit (the oldest entries are dropped first).
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    explicit ActivityLog(qsizetype capacity = 10000, QObject* parent = nullptr);

    void record(ActivityEntry entry);
    // Puts `earlier` (oldest first; requests of earlier sessions, read from the history) before
    // what this session recorded, keeping the newest `capacity` entries in all.
    void restore(const QList<ActivityEntry>& earlier);
    void clear();

    const QList<ActivityEntry>& entries() const { return m_entries; }
    qsizetype capacity() const { return m_capacity; }

Q_SIGNALS:
    // `dropped` oldest entries were removed before the new one was appended at the end.
    void recorded(const vd::ActivityEntry& entry, qsizetype dropped);
    void cleared();
    // Entries were put before the existing ones (restore()).
    void restored();

private:
    QList<ActivityEntry> m_entries;
    qsizetype m_capacity;
};

} // namespace vd
