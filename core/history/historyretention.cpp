// Retention of HistoryStore (historystore.cpp holds opening and writing, historyreads.cpp reading).
#include "core/corelog.h"
#include "core/history/historystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace vd {

HistoryStore::Outcome<int> HistoryStore::prune()
{
    const qint64 cutoff = m_clock.wallNow().addDays(-m_settings.retentionDays).toMSecsSinceEpoch();
    if (Outcome<void> started = begin(); !started)
        return started.error();
    int removed = 0;
    std::optional<HistoryError> error;
    // Runs `sql` with `value` bound; returns its first column (null for a DELETE), or nothing on failure.
    const auto run = [&](const QString& sql, const QVariant& value) -> std::optional<QVariant> {
        QSqlQuery q = query();
        q.prepare(sql);
        q.addBindValue(value);
        if (!q.exec()) {
            error = failure(q.lastError());
            return std::nullopt;
        }
        if (!q.isSelect())
            removed += q.numRowsAffected();
        return q.next() ? q.value(0) : QVariant();
    };
    // Table and column names come from here, never from the user; identifiers cannot be bound.
    for (const auto& [table, time] :
         {std::pair(QStringLiteral("requests"), QStringLiteral("time_ms")),
          std::pair(QStringLiteral("suite_runs"), QStringLiteral("started_ms"))}) {
        if (!run(QStringLiteral("DELETE FROM %1 WHERE %2 < ?").arg(table, time), cutoff))
            break;
        // Ids are distinct integers, so max - min + 1 bounds the row count: within max_rows the cap
        // needs no walk over the whole table (its OFFSET takes ~100 ms over a million rows, at every open).
        // Two subqueries: SQLite finds MIN or MAX in the primary key alone, both together by a scan.
        const auto over = run(
            QStringLiteral("SELECT (SELECT MAX(id) FROM %1) - (SELECT MIN(id) FROM %1) + 1 > ?").arg(table),
            m_settings.maxRows);
        if (!over)
            break;
        if (over->toBool() &&
            !run(QStringLiteral(
                     "DELETE FROM %1 WHERE id <= (SELECT id FROM %1 ORDER BY id DESC LIMIT 1 OFFSET ?)")
                     .arg(table),
                 m_settings.maxRows))
            break;
    }
    if (error) {
        rollback();
        return *error;
    }
    if (Outcome<void> committed = commit(); !committed)
        return committed.error();
    if (removed > 0)
        qCInfo(lcHistory) << "history retention removed" << removed << "rows from" << m_path;
    return removed;
}

} // namespace vd
