// The reading half of HistoryStore (historystore.cpp holds opening, migrating and writing).
#include "core/history/historystore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vd {

namespace {

QDateTime fromMs(const QVariant& value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

StoredSuiteRun runFromRow(const QSqlQuery& q)
{
    StoredSuiteRun run;
    run.id = q.value(0).toLongLong();
    run.startedAt = fromMs(q.value(1));
    run.finishedAt = fromMs(q.value(2));
    run.suiteName = q.value(3).toString();
    run.suitePath = q.value(4).toString();
    run.passed = q.value(5).toInt();
    run.failed = q.value(6).toInt();
    run.problems = q.value(7).toInt();
    run.cancelled = q.value(8).toBool();
    return run;
}

const QString kRunColumns = QStringLiteral(
    "SELECT id, started_ms, finished_ms, suite_name, suite_path, passed, failed, problems, cancelled "
    "FROM suite_runs ");

} // namespace

HistoryStore::Outcome<QList<RequestRecord>> HistoryStore::requests(const RequestFilter& filter) const
{
    QString sql = QStringLiteral("SELECT id, time_ms, operation, source, provider, outcome, error_kind, "
                                 "error_message, latency_ms, input_bytes, output_bytes, attempts, trace "
                                 "FROM requests WHERE time_ms >= ?");
    if (!filter.provider.isEmpty())
        sql += QStringLiteral(" AND provider = ?");
    sql += QStringLiteral(" ORDER BY time_ms DESC, id DESC LIMIT ?");
    QSqlQuery q = query();
    q.prepare(sql);
    q.addBindValue(filter.since.isValid() ? filter.since.toMSecsSinceEpoch() : qint64(0));
    if (!filter.provider.isEmpty())
        q.addBindValue(filter.provider);
    q.addBindValue(filter.limit);
    if (!q.exec())
        return failure(q.lastError());
    QList<RequestRecord> records;
    while (q.next()) {
        RequestRecord r;
        r.id = q.value(0).toLongLong();
        r.time = fromMs(q.value(1));
        r.operation = q.value(2).toString();
        r.source = q.value(3).toString();
        r.provider = q.value(4).toString();
        r.outcome = q.value(5).toString();
        r.errorKind = q.value(6).toString();
        r.errorMessage = q.value(7).toString();
        r.latencyMs = q.value(8).toDouble();
        r.inputBytes = q.value(9).toLongLong();
        r.outputBytes = q.value(10).toLongLong();
        r.attempts = q.value(11).toInt();
        r.trace = RoutingTrace::fromJson(QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object());
        records.append(r);
    }
    return records;
}

HistoryStore::Outcome<QList<StoredSuiteRun>> HistoryStore::suiteRuns(int limit) const
{
    QSqlQuery q = query();
    q.prepare(kRunColumns + QStringLiteral("ORDER BY started_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return failure(q.lastError());
    QList<StoredSuiteRun> runs;
    while (q.next())
        runs.append(runFromRow(q));
    return runs;
}

HistoryStore::Outcome<std::optional<StoredSuiteRun>> HistoryStore::suiteRun(qint64 id) const
{
    QSqlQuery q = query();
    q.prepare(kRunColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError());
    if (!q.next())
        return std::optional<StoredSuiteRun>();
    StoredSuiteRun run = runFromRow(q);
    QSqlQuery cases = query();
    cases.prepare(
        QStringLiteral("SELECT case_index, case_id, kind, target, provider, outcome, wer, latency_ms, "
                       "error_kind, message FROM suite_cases WHERE run_id = ? ORDER BY rowid"));
    cases.addBindValue(id);
    if (!cases.exec())
        return failure(cases.lastError());
    while (cases.next()) {
        StoredCase c;
        c.caseIndex = cases.value(0).toInt();
        c.caseId = cases.value(1).toString();
        c.kind = cases.value(2).toString();
        c.target = cases.value(3).toString();
        c.provider = cases.value(4).toString();
        c.outcome = cases.value(5).toString();
        if (!cases.value(6).isNull())
            c.wer = cases.value(6).toDouble();
        c.latencyMs = cases.value(7).toDouble();
        c.errorKind = cases.value(8).toString();
        c.message = cases.value(9).toString();
        run.cases.append(c);
    }
    return std::optional<StoredSuiteRun>(run);
}

HistoryStore::Outcome<qint64> HistoryStore::count(const QString& table) const
{
    QSqlQuery q = query();
    // `table` comes from code, never from the user; identifiers cannot be bound.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)) || !q.next())
        return failure(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace vd
