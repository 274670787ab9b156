#pragma once

#include "core/config/resiliencesettings.h"
#include "core/resilience/resiliencestate.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>

namespace vd {

// Persists breakers and health history (PRODUCT.md §3 "state survives restarts") in
// `<stateDir>/resilience-state.json`, shared by concurrent GUI and CLI processes. Rather than
// overwriting the file with its own view, a process merges the events it journaled since its
// last write into whatever the file holds, under a QLockFile, and writes atomically (QSaveFile);
// it then adopts the merged view. So five CLI runs that each record one failure add up to five
// consecutive failures, whether they ran one after another or at once. A corrupt file is moved
// aside (`.corrupt-<timestamp>`) with a warning and the run continues from empty state.
// All disk I/O runs on a worker thread (QtConcurrent); changes are written after a short
// debounce, or at once by flush().
class ResilienceStore : public QObject
{
    Q_OBJECT

public:
    ResilienceStore(ResilienceState& state, const QString& stateDir, QObject* parent = nullptr);
    // Writes what is still pending (a short block at exit is better than losing state).
    ~ResilienceStore() override;

    QString filePath() const { return m_path; }
    // Why the last load or save failed (names the path and the reason); empty after a success.
    QString lastError() const { return m_lastError; }
    void setSaveDelay(std::chrono::milliseconds delay) { m_saveDelay = delay; }

    // Reads the file (merging anything already journaled) and adopts it; emits loaded().
    QFuture<bool> load();
    // Writes everything journaled so far; the future (and saved()) tells whether it worked.
    QFuture<bool> flush();

    // What one read-merge-write cycle on the worker thread produced.
    struct SyncResult
    {
        bool ok = false;
        QString error;
        QString movedTo;
        int eventsWritten = 0;
        QHash<QString, ProviderResilienceSnapshot> merged;
    };

Q_SIGNALS:
    void loaded(bool ok);
    void saved(bool ok);
    // The state file was unreadable and was renamed to `movedTo`.
    void corruptFileMovedAside(const QString& movedTo);

private:
    // The bytes this process last read or wrote and the state they hold. While the file still
    // holds exactly those bytes (no other process wrote since), a sync takes the state from here
    // instead of parsing it again. Used by one sync at a time.
    struct SyncCache
    {
        QByteArray bytes;
        QHash<QString, ProviderResilienceSnapshot> providers;
    };

    static SyncResult sync(const QString& path, const QList<ResilienceEvent>& events,
                           const BreakerSettings& breaker, const HealthSettings& health,
                           const QDateTime& wallNow, SyncCache* cache);
    QFuture<bool> startSync();
    void finishSync();

    ResilienceState& m_state; // must outlive the store (declare it first)
    QString m_path;
    QTimer m_debounce;
    std::chrono::milliseconds m_saveDelay{1000};
    QFutureWatcher<SyncResult>* m_watcher = nullptr; // the sync in flight
    std::shared_ptr<QPromise<bool>> m_promise;       // resolved when it is done
    bool m_loaded = false;
    QString m_lastError;
    std::shared_ptr<QPromise<bool>> m_next; // resolved by the sync after the one in flight
    std::unique_ptr<SyncCache> m_cache = std::make_unique<SyncCache>();
};

} // namespace vd
