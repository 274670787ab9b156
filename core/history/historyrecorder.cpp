#include "core/history/historyrecorder.h"

#include "core/corelog.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/router.h"
#include "core/suites/suiterun.h"

#include <QFileInfo>

namespace vd {

// The worker thread's side: the store, opened on first use on that thread.
struct HistoryRecorder::Worker
{
    Worker(QString path, const HistorySettings& settings, const Clock& clock)
        : path(std::move(path)), settings(settings), clock(clock)
    {}

    QString path;
    HistorySettings settings;
    const Clock& clock;
    std::unique_ptr<HistoryStore> store;
    std::optional<HistoryError> error; // the first failure; after a failed open nothing is tried again
    bool opened = false;

    HistoryStore* get()
    {
        if (!opened) {
            opened = true;
            auto result = HistoryStore::open(path, settings, clock);
            if (result) {
                store = std::move(result).value();
            } else {
                error = result.error();
                qCWarning(lcHistory).noquote() << result.error().message();
            }
        }
        return store.get();
    }
    void fail(const HistoryError& failure)
    {
        qCWarning(lcHistory).noquote() << failure.message();
        if (!error)
            error = failure;
    }
};

template <typename Work> auto HistoryRecorder::post(Work work) -> QFuture<std::invoke_result_t<Work, Worker&>>
{
    using T = std::invoke_result_t<Work, Worker&>;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context.get(),
        [promise, worker = m_worker, work = std::move(work)]() mutable {
            if constexpr (std::is_void_v<T>)
                work(*worker);
            else
                promise->addResult(work(*worker));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

HistoryRecorder::HistoryRecorder(QString path, const HistorySettings& settings, const Clock& clock,
                                 QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_worker(std::make_shared<Worker>(m_path, settings, clock)),
      m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("voicedeck-history"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    m_batch.setSingleShot(true);
    m_batch.setInterval(std::chrono::milliseconds(200));
    connect(&m_batch, &QTimer::timeout, this, &HistoryRecorder::writePending);
    m_prune.setInterval(std::chrono::hours(1));
    connect(&m_prune, &QTimer::timeout, this, [this] {
        post([](Worker& worker) {
            if (HistoryStore* store = worker.get(); store) {
                if (auto pruned = store->prune(); !pruned)
                    worker.fail(pruned.error());
            }
        });
    });
    m_prune.start();
}

HistoryRecorder::~HistoryRecorder()
{
    writePending();
    // Closed on the thread that opened it, after everything posted before; quit() from here
    // could end the thread's event loop with that work still queued (and lost).
    post([](Worker& worker) {
        worker.store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    m_context.reset();
}

void HistoryRecorder::setSettings(const HistorySettings& settings)
{
    post([settings](Worker& worker) {
        worker.settings = settings;
        if (worker.store)
            worker.store->setSettings(settings);
    });
}

void HistoryRecorder::watch(Router& router, HealthMonitor& monitor)
{
    connect(&router, &Router::requestFinished, this, &HistoryRecorder::record);
    connect(&monitor, &HealthMonitor::probeRecorded, this, &HistoryRecorder::record);
}

void HistoryRecorder::record(const RequestRecord& record)
{
    m_pending.append(record);
    if (m_pending.last().source.isEmpty())
        m_pending.last().source = m_source;
    if (m_pending.size() >= kMaxBatch)
        writePending();
    else if (!m_batch.isActive())
        m_batch.start();
}

void HistoryRecorder::writePending()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    post([records = std::exchange(m_pending, {})](Worker& worker) {
        if (HistoryStore* store = worker.get(); store) {
            if (auto written = store->addRequests(records); !written)
                worker.fail(written.error());
        }
    });
}

QFuture<HistoryStore::Outcome<qint64>> HistoryRecorder::recordSuiteRun(const SuiteRun& run)
{
    return post([stored = StoredSuiteRun::fromRun(run)](Worker& worker) -> HistoryStore::Outcome<qint64> {
        HistoryStore* store = worker.get();
        if (!store)
            return *worker.error;
        HistoryStore::Outcome<qint64> id = store->addSuiteRun(stored);
        if (!id)
            worker.fail(id.error());
        return id;
    });
}

QFuture<HistoryStore::Outcome<QList<RequestRecord>>> HistoryRecorder::requests(const RequestFilter& filter)
{
    writePending();
    return post([filter](Worker& worker) -> HistoryStore::Outcome<QList<RequestRecord>> {
        if (!worker.opened && !QFileInfo::exists(worker.path))
            return QList<RequestRecord>{}; // nothing was ever recorded: reading creates no file
        HistoryStore* store = worker.get();
        if (!store)
            return *worker.error;
        return store->requests(filter);
    });
}

QFuture<HistoryStore::Outcome<QList<StoredSuiteRun>>> HistoryRecorder::suiteRuns(int limit)
{
    return post([limit](Worker& worker) -> HistoryStore::Outcome<QList<StoredSuiteRun>> {
        if (!worker.opened && !QFileInfo::exists(worker.path))
            return QList<StoredSuiteRun>{}; // nothing was ever recorded: reading creates no file
        HistoryStore* store = worker.get();
        if (!store)
            return *worker.error;
        return store->suiteRuns(limit);
    });
}

QFuture<HistoryStore::Outcome<std::optional<StoredSuiteRun>>> HistoryRecorder::suiteRun(qint64 id)
{
    return post([id](Worker& worker) -> HistoryStore::Outcome<std::optional<StoredSuiteRun>> {
        if (!worker.opened && !QFileInfo::exists(worker.path))
            return std::optional<StoredSuiteRun>{};
        HistoryStore* store = worker.get();
        if (!store)
            return *worker.error;
        return store->suiteRun(id);
    });
}

QFuture<std::optional<HistoryError>> HistoryRecorder::flush()
{
    writePending();
    return post([](Worker& worker) { return worker.error; });
}

} // namespace vd
