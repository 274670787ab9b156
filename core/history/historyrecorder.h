#pragma once

#include "core/config/resiliencesettings.h"
#include "core/history/historystore.h"
#include "core/resilience/requestrecord.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace vd {

class HealthMonitor;
class Router;
struct SuiteRun;

// Feeds the history database from the thread that routes requests (the GUI's or the CLI's main
// thread) without ever touching the disk there: records are collected and written in batches
// (one transaction each) on a single worker thread that owns the HistoryStore and its
// connection. The database is opened on the first write; when it cannot be used (damaged, newer
// schema, unwritable), nothing is written, the file is left alone and flush() reports why.
// Retention is applied when the database opens and then hourly.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    // Records are handed to the worker 200 ms after the first of a batch, or as soon as this many
    // are waiting: a burst of requests must not grow one list on the GUI thread without bound
    // (its reallocations stalled the GUI for 50 ms at 100k records).
    static constexpr qsizetype kMaxBatch = 1000;

    HistoryRecorder(QString path, const HistorySettings& settings = {},
                    const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);
    // Writes what is still pending and closes the database (a short wait at exit beats losing rows).
    ~HistoryRecorder() override;

    const QString& path() const { return m_path; }
    void setSettings(const HistorySettings& settings);
    // Stamped on every request record: the CLI command ("transcribe", "suite", ...) or "gui".
    void setSource(const QString& source) { m_source = source; }

    // Records every request the router finishes and every probe the monitor runs.
    void watch(Router& router, HealthMonitor& monitor);
    void record(const RequestRecord& record);
    // Records not yet handed to the worker thread.
    qsizetype pendingRecords() const { return m_pending.size(); }
    // The stored run's id, or why it could not be stored.
    QFuture<HistoryStore::Outcome<qint64>> recordSuiteRun(const SuiteRun& run);
    // The newest stored requests and probes that match `filter`, newest first, read on the
    // worker thread after every record given so far was written (so the GUI can show what
    // earlier sessions did without waiting on the disk).
    QFuture<HistoryStore::Outcome<QList<RequestRecord>>> requests(const RequestFilter& filter);
    // The newest stored suite runs (without their cases), and one run with its cases (nullopt when
    // no run has that id): read on the worker thread after everything recorded so far.
    QFuture<HistoryStore::Outcome<QList<StoredSuiteRun>>> suiteRuns(int limit);
    QFuture<HistoryStore::Outcome<std::optional<StoredSuiteRun>>> suiteRun(qint64 id);
    // Writes the pending records now; the future holds the first error met so far, if any.
    QFuture<std::optional<HistoryError>> flush();

private:
    struct Worker;
    // Runs `work` on the worker thread after everything posted before it (queued events keep
    // their order; unlike QtConcurrent, waiting on the future never runs it on the waiting thread).
    template <typename Work> auto post(Work work) -> QFuture<std::invoke_result_t<Work, Worker&>>;
    void writePending();

    QString m_path;
    QString m_source;
    std::shared_ptr<Worker> m_worker;   // used on m_thread only
    QThread m_thread;                   // the store's thread: its connection lives there
    std::unique_ptr<QObject> m_context; // lives in m_thread; posted work runs through it
    QList<RequestRecord> m_pending;
    QTimer m_batch;
    QTimer m_prune;
};

} // namespace vd
