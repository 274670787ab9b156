// Opening, migrating and writing of HistoryStore (historyreads.cpp reads, historyretention.cpp prunes).
#include "core/history/historystore.h"

#include "core/corelog.h"
#include "core/history/historyschema.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace vd {

namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kOpenRetryMs = 20; // before opening again after an immediate SQLITE_BUSY
const QByteArray kSqliteHeader("SQLite format 3\0", 16);

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> next;
    return QStringLiteral("voicedeck-history-%1").arg(next.fetchAndAddRelaxed(1));
}

// A non-empty file that does not start with SQLite's magic string is not ours to open: SQLite
// would refuse it anyway, and nothing may ever be written over it.
bool looksLikeForeignFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(kSqliteHeader.size()) != kSqliteHeader;
}

// Qt binds a null QString as SQL NULL; the text columns hold "" for "none".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Serialised here, on the history's thread, not where the request finished.
QVariant traceText(const RoutingTrace& trace)
{
    if (trace.isEmpty())
        return text(QString());
    return QString::fromUtf8(trace.toJsonText());
}

} // namespace

HistoryStore::HistoryStore(QString path, const HistorySettings& settings, const Clock& clock)
    : m_path(std::move(path)), m_connection(uniqueConnectionName()), m_settings(settings), m_clock(clock)
{}

HistoryStore::~HistoryStore()
{
    m_insertRequest.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

HistoryStore::Outcome<std::unique_ptr<HistoryStore>>
HistoryStore::open(const QString& path, const HistorySettings& settings, const Clock& clock)
{
    // SQLite answers SQLITE_BUSY at once, without waiting out the busy timeout, to a connection
    // that opens a WAL database while the last other connection is closing (it checkpoints and
    // removes the WAL under an exclusive lock) or recovering it (sqlite.org/wal.html, "Sometimes
    // Queries Return SQLITE_BUSY In WAL Mode"). Both take moments; several CLI processes
    // starting and ending together meet them, so opening is tried again on a fresh connection.
    // A lock that outlasts the busy timeout is an error like any other.
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    for (;;) {
        std::unique_ptr<HistoryStore> store(new HistoryStore(path, settings, clock));
        Outcome<void> ready = store->initialize();
        if (ready)
            return store;
        if (ready.error().kind != HistoryError::Kind::Busy || deadline.hasExpired())
            return ready.error();
        store.reset();
        QThread::msleep(kOpenRetryMs);
    }
}

HistoryStore::Outcome<void> HistoryStore::initialize()
{
    using Kind = HistoryError::Kind;
    if (looksLikeForeignFile(m_path))
        return HistoryError::make(Kind::Corrupt, m_path, QStringLiteral("no SQLite header"));
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return HistoryError::make(Kind::Unavailable, m_path, QStringLiteral("cannot create its folder"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        return HistoryError::make(Kind::Unavailable, m_path,
                                  QStringLiteral("the Qt SQLite driver (QSQLITE) is missing"));
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return HistoryError::make(Kind::Unavailable, m_path, db.lastError().text());

    // Read before anything writes: a newer schema must stay exactly as it is.
    QSqlQuery version = query();
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return failure(version.lastError());
    const int found = version.value(0).toInt();
    version.finish(); // an unfinished statement holds a read transaction open
    if (found > HistorySchema::currentVersion()) {
        return HistoryError::make(Kind::NewerSchema, m_path,
                                  QStringLiteral("schema version %1; this VoiceDeck knows up to %2")
                                      .arg(found)
                                      .arg(HistorySchema::currentVersion()));
    }
    QSqlQuery wal = query();
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return failure(wal.lastError());
    if (wal.next() && wal.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcHistory) << "history database" << m_path << "stays in journal mode" << wal.value(0);
    wal.finish();
    for (const QString& pragma :
         {QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs),
          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL")}) {
        if (Outcome<void> done = exec(pragma); !done)
            return done;
    }
    if (Outcome<void> migrated = migrate(); !migrated)
        return migrated;
    if (Outcome<int> pruned = prune(); !pruned)
        return pruned.error();
    return {};
}

HistoryStore::Outcome<void> HistoryStore::migrate()
{
    const QList<QStringList>& steps = HistorySchema::migrations();
    for (int target = 1; target <= int(steps.size()); ++target) {
        if (Outcome<void> started = begin(); !started)
            return started;
        // Read inside the write lock: another process may have migrated meanwhile.
        QSqlQuery version = query();
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
            const HistoryError error = failure(version.lastError());
            rollback();
            return error;
        }
        const bool behind = version.value(0).toInt() < target;
        version.finish();
        if (behind) {
            qCInfo(lcHistory) << "migrating" << m_path << "to schema version" << target;
            QStringList statements = steps.at(target - 1);
            statements << QStringLiteral("PRAGMA user_version=%1").arg(target);
            for (const QString& statement : std::as_const(statements)) {
                if (Outcome<void> done = exec(statement); !done) {
                    rollback();
                    return done;
                }
            }
        }
        if (Outcome<void> committed = commit(); !committed)
            return committed;
    }
    return {};
}

HistoryStore::Outcome<void> HistoryStore::addRequests(const QList<RequestRecord>& records)
{
    if (records.isEmpty())
        return {};
    if (!m_insertRequest) {
        m_insertRequest = std::make_unique<QSqlQuery>(query());
        if (!m_insertRequest->prepare(QStringLiteral(
                "INSERT INTO requests (time_ms, operation, source, provider, outcome, error_kind, "
                "error_message, latency_ms, input_bytes, output_bytes, attempts, trace) "
                "VALUES (:time_ms, :operation, :source, :provider, :outcome, :error_kind, "
                ":error_message, :latency_ms, :input_bytes, :output_bytes, :attempts, :trace)"))) {
            const HistoryError error = failure(m_insertRequest->lastError());
            m_insertRequest.reset();
            return error;
        }
    }
    if (Outcome<void> started = begin(); !started)
        return started;
    QSqlQuery& insert = *m_insertRequest;
    // Bound by name: Qt 6.4 turns every positional bind into a formatted placeholder name first,
    // about a thousand instructions each, twelve times a row.
    for (const RequestRecord& r : records) {
        insert.bindValue(QStringLiteral(":time_ms"), r.time.toMSecsSinceEpoch());
        insert.bindValue(QStringLiteral(":operation"), text(r.operation));
        insert.bindValue(QStringLiteral(":source"), text(r.source));
        insert.bindValue(QStringLiteral(":provider"), text(r.provider));
        insert.bindValue(QStringLiteral(":outcome"), text(r.outcome));
        insert.bindValue(QStringLiteral(":error_kind"), text(r.errorKind));
        insert.bindValue(QStringLiteral(":error_message"), text(r.errorMessage));
        insert.bindValue(QStringLiteral(":latency_ms"), r.latencyMs);
        insert.bindValue(QStringLiteral(":input_bytes"), r.inputBytes);
        insert.bindValue(QStringLiteral(":output_bytes"), r.outputBytes);
        insert.bindValue(QStringLiteral(":attempts"), r.attempts);
        insert.bindValue(QStringLiteral(":trace"), traceText(r.trace));
        if (!insert.exec()) {
            const HistoryError error = failure(insert.lastError());
            rollback();
            return error;
        }
    }
    return commit();
}

HistoryStore::Outcome<qint64> HistoryStore::addSuiteRun(const StoredSuiteRun& run)
{
    if (Outcome<void> started = begin(); !started)
        return started.error();
    QSqlQuery insertRun = query();
    insertRun.prepare(
        QStringLiteral("INSERT INTO suite_runs (started_ms, finished_ms, suite_name, suite_path, "
                       "passed, failed, problems, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{run.startedAt.toMSecsSinceEpoch(),
                              run.finishedAt.toMSecsSinceEpoch(),
                              text(run.suiteName),
                              text(run.suitePath),
                              run.passed,
                              run.failed,
                              run.problems,
                              int(run.cancelled)};
    for (int i = 0; i < values.size(); ++i)
        insertRun.bindValue(i, values.at(i));
    if (!insertRun.exec()) {
        const HistoryError error = failure(insertRun.lastError());
        rollback();
        return error;
    }
    const qint64 id = insertRun.lastInsertId().toLongLong();
    QSqlQuery insertCase = query();
    insertCase.prepare(QStringLiteral("INSERT INTO suite_cases (run_id, case_index, case_id, kind, target, "
                                      "provider, outcome, wer, latency_ms, error_kind, message) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StoredCase& c : run.cases) {
        const QVariantList row{id,
                               c.caseIndex,
                               text(c.caseId),
                               text(c.kind),
                               text(c.target),
                               text(c.provider),
                               text(c.outcome),
                               c.wer ? QVariant(*c.wer) : QVariant(QMetaType(QMetaType::Double)),
                               c.latencyMs,
                               text(c.errorKind),
                               text(c.message)};
        for (int i = 0; i < row.size(); ++i)
            insertCase.bindValue(i, row.at(i));
        if (!insertCase.exec()) {
            const HistoryError error = failure(insertCase.lastError());
            rollback();
            return error;
        }
    }
    if (Outcome<void> committed = commit(); !committed)
        return committed.error();
    return id;
}

QSqlQuery HistoryStore::query() const
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

HistoryStore::Outcome<void> HistoryStore::exec(const QString& statement) const
{
    QSqlQuery q = query();
    if (!q.exec(statement))
        return failure(q.lastError());
    return {};
}

// IMMEDIATE takes the write lock at once, so the busy timeout applies; a deferred transaction
// that upgrades later could fail with SQLITE_BUSY without waiting.
HistoryStore::Outcome<void> HistoryStore::begin() const
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

HistoryStore::Outcome<void> HistoryStore::commit() const
{
    return exec(QStringLiteral("COMMIT"));
}

void HistoryStore::rollback() const
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

HistoryError HistoryStore::failure(const QSqlError& error) const
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is damaged, not the statement.
    // SQLITE_BUSY (5): another connection holds a lock.
    using Kind = HistoryError::Kind;
    const QString code = error.nativeErrorCode();
    const Kind kind = code == QLatin1String("11") || code == QLatin1String("26") ? Kind::Corrupt
                      : code == QLatin1String("5")                               ? Kind::Busy
                                                                                 : Kind::Failed;
    return HistoryError::make(kind, m_path, error.text());
}

} // namespace vd
