#pragma once

#include "core/config/resiliencesettings.h"
#include "core/history/historyerror.h"
#include "core/history/storedsuiterun.h"
#include "core/model/clock.h"
#include "core/model/result.h"
#include "core/resilience/requestrecord.h"

#include <QList>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace vd {

// What `history` asks for: newest first.
struct RequestFilter
{
    QString provider; // empty = every provider
    QDateTime since;  // invalid = no lower bound
    int limit = 50;
};

// The history database (SQLite through Qt SQL): requests, probes and suite runs. open() creates
// or upgrades it (migrations by `user_version`, each in a transaction), switches it to WAL and
// applies the retention setting. Several processes may write at once: every write transaction
// is BEGIN IMMEDIATE under a busy timeout, so writers wait their turn instead of failing.
// A file that is not an SQLite database, is damaged, or has a newer schema is reported
// (HistoryError) and never written to.
// Thread affinity: a store owns its own named connection and must be used only on the thread
// that opened it (Qt SQL connections are per thread); open one store per thread.
class HistoryStore
{
public:
    template <typename T> using Outcome = Result<T, HistoryError>;

    static Outcome<std::unique_ptr<HistoryStore>> open(const QString& path,
                                                       const HistorySettings& settings = {},
                                                       const Clock& clock = SystemClock::instance());
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const QString& path() const { return m_path; }
    void setSettings(const HistorySettings& settings) { m_settings = settings; }

    // All rows in one transaction, through one prepared statement.
    Outcome<void> addRequests(const QList<RequestRecord>& records);
    // Returns the new run's id.
    Outcome<qint64> addSuiteRun(const StoredSuiteRun& run);

    Outcome<QList<RequestRecord>> requests(const RequestFilter& filter) const;
    // Newest first, without their cases.
    Outcome<QList<StoredSuiteRun>> suiteRuns(int limit) const;
    // With its cases; nullopt when no run has that id.
    Outcome<std::optional<StoredSuiteRun>> suiteRun(qint64 id) const;
    Outcome<qint64> count(const QString& table) const;

    // Deletes rows older than retention_days, then the oldest beyond max_rows; returns how many.
    Outcome<int> prune();

private:
    HistoryStore(QString path, const HistorySettings& settings, const Clock& clock);
    Outcome<void> initialize();
    Outcome<void> migrate();
    Outcome<void> exec(const QString& statement) const;
    Outcome<void> begin() const;
    Outcome<void> commit() const;
    void rollback() const;
    HistoryError failure(const QSqlError& error) const;
    QSqlQuery query() const;

    QString m_path;
    QString m_connection;
    HistorySettings m_settings;
    const Clock& m_clock;
    std::unique_ptr<QSqlQuery> m_insertRequest; // prepared once, reused by every batch
};

} // namespace vd
