// Retention of HistoryStore (historystore.cpp holds opening and writing, historyreads.cpp reading).
#include "core/corelog.h"
#include "core/history/historystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vd {

HistoryStore::Outcome<int> HistoryStore::prune()
{
    const qint64 cutoff = m_clock.wallNow().addDays(-m_settings.retentionDays).toMSecsSinceEpoch();
    const QList<std::pair<QString, QVariant>> deletes{
        {QStringLiteral("DELETE FROM requests WHERE time_ms < ?"), cutoff},
        {QStringLiteral("DELETE FROM requests WHERE id <= (SELECT id FROM requests ORDER BY id DESC "
                        "LIMIT 1 OFFSET ?)"),
         m_settings.maxRows},
        {QStringLiteral("DELETE FROM suite_runs WHERE started_ms < ?"), cutoff},
        {QStringLiteral("DELETE FROM suite_runs WHERE id <= (SELECT id FROM suite_runs ORDER BY id DESC "
                        "LIMIT 1 OFFSET ?)"),
         m_settings.maxRows},
    };
    if (Outcome<void> started = begin(); !started)
        return started.error();
    int removed = 0;
    for (const auto& [statement, value] : deletes) {
        QSqlQuery remove = query();
        remove.prepare(statement);
        remove.addBindValue(value);
        if (!remove.exec()) {
            const HistoryError error = failure(remove.lastError());
            rollback();
            return error;
        }
        removed += remove.numRowsAffected();
    }
    if (Outcome<void> committed = commit(); !committed)
        return committed.error();
    if (removed > 0)
        qCInfo(lcHistory) << "history retention removed" << removed << "rows from" << m_path;
    return removed;
}

} // namespace vd
