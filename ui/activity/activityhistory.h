#pragma once

#include "core/resilience/requestrecord.h"
#include "ui/activity/activityentry.h"

#include <optional>

namespace vd {

class ActivityLog;
class HistoryRecorder;

// The Activity page's memory across restarts: the newest requests and probes in the history
// database (this application's earlier sessions and the CLI's) are read on the history's worker
// thread and put before what this session records when they arrive.
class ActivityHistory
{
public:
    // What the page shows of earlier sessions at most.
    static constexpr int kRestoredEntries = 1000;

    // The entry for a stored request; nullopt for an operation the page does not show.
    static std::optional<ActivityEntry> entryFrom(const RequestRecord& record);
    // Starts reading; `log` gets the entries (oldest first) unless it is gone by then.
    static void restore(HistoryRecorder& history, ActivityLog& log, int limit = kRestoredEntries);
};

} // namespace vd
