#include "ui/activity/activityhistory.h"

#include "core/history/historyrecorder.h"
#include "ui/activity/activitylog.h"
#include "ui/uilog.h"

#include <QFutureWatcher>

namespace vd {

std::optional<ActivityEntry> ActivityHistory::entryFrom(const RequestRecord& record)
{
    ActivityEntry entry;
    if (record.operation == RequestRecord::kTranscribe) {
        entry.operation = ActivityEntry::Operation::Transcribe;
        entry.bytes = record.inputBytes;
    } else if (record.operation == RequestRecord::kSynthesize) {
        entry.operation = ActivityEntry::Operation::Synthesize;
        entry.bytes = record.outputBytes;
    } else if (record.operation == RequestRecord::kProbe) {
        entry.operation = ActivityEntry::Operation::Probe;
    } else {
        return std::nullopt;
    }
    // The history keeps when the outcome was known; the page shows when the request started.
    entry.time = record.time.addMSecs(-qRound64(record.latencyMs));
    entry.provider = record.provider;
    entry.ok = record.outcome == QLatin1String("ok");
    if (!entry.ok) {
        const ErrorKind kind = record.outcome == QLatin1String("cancelled")
                                   ? ErrorKind::Cancelled
                                   : errorKindFromName(record.errorKind).value_or(ErrorKind::Network);
        entry.error = ProviderError::make(kind, record.errorMessage);
    }
    entry.latencyMs = record.latencyMs;
    entry.trace = record.trace;
    return entry;
}

void ActivityHistory::restore(HistoryRecorder& history, ActivityLog& log, int limit)
{
    using Read = HistoryStore::Outcome<QList<RequestRecord>>;
    auto* watcher = new QFutureWatcher<Read>(&log);
    QObject::connect(watcher, &QFutureWatcher<Read>::finished, &log, [watcher, &log] {
        watcher->deleteLater();
        const Read read = watcher->result();
        if (!read) {
            qCWarning(lcUiActivity).noquote() << "earlier activity not shown:" << read.error().message();
            return;
        }
        QList<ActivityEntry> earlier;
        earlier.reserve(read->size());
        for (auto it = read->crbegin(); it != read->crend(); ++it) { // stored newest first
            if (auto entry = entryFrom(*it))
                earlier.append(std::move(*entry));
        }
        log.restore(earlier);
    });
    watcher->setFuture(history.requests(RequestFilter{{}, {}, limit}));
}

} // namespace vd
