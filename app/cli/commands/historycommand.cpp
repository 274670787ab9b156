#include "app/cli/commands/historycommand.h"

#include "app/cli/commands/historyaccess.h"
#include "core/history/historystore.h"

#include <QJsonArray>

namespace vd::cli {

void HistoryCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("provider"),
                      tr("Only requests answered by (or probes of) this provider."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("since"),
                      tr("Only requests since WHEN: an ISO date or date-time, or a span back from now such "
                         "as 90m, 24h, 7d."),
                      QStringLiteral("WHEN")});
    parser.addOption({QStringLiteral("limit"), tr("At most N requests (default 50)."), QStringLiteral("N")});
}

int HistoryCommand::prepare(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        m_out.error(tr("history takes no arguments, got \"%1\"; filter with --provider, --since, --limit")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return ExitUsage;
    }
    m_provider = parser.value(QStringLiteral("provider"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QString when = parser.value(QStringLiteral("since"));
        const std::optional<QDateTime> since = parseSince(when, QDateTime::currentDateTimeUtc());
        if (!since) {
            m_out.error(tr("--since \"%1\" is neither a date/time nor a span; use e.g. 2026-12-01, "
                           "2026-12-01T08:00, 24h or 7d")
                            .arg(when));
            return ExitUsage;
        }
        m_since = *since;
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || m_limit < 1) {
            m_out.error(tr("--limit must be a whole number of at least 1, not \"%1\"")
                            .arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }
    return ExitOk;
}

void HistoryCommand::run()
{
    const std::unique_ptr<HistoryStore> store = openHistory(*m_runtime, m_out);
    if (!store) {
        Q_EMIT finished(ExitConfig);
        return;
    }
    const auto records = store->requests(RequestFilter{m_provider, m_since, m_limit});
    if (!records) {
        m_out.error(records.error().message());
        Q_EMIT finished(ExitConfig);
        return;
    }
    if (m_out.json()) {
        QJsonArray list;
        for (const RequestRecord& record : *records)
            list.append(record.toJson());
        m_out.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                    {QStringLiteral("database"), store->path()},
                                    {QStringLiteral("requests"), list}});
        Q_EMIT finished(ExitOk);
        return;
    }
    if (records->isEmpty()) {
        m_out.printLine(tr("no requests recorded%1 in %2")
                            .arg(m_provider.isEmpty() && !m_since.isValid() ? QString() : tr(" that match"),
                                 store->path()));
        Q_EMIT finished(ExitOk);
        return;
    }
    const QString format = QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8");
    m_out.printLine(format.arg(tr("TIME"), -19)
                        .arg(tr("OPERATION"), -10)
                        .arg(tr("SOURCE"), -10)
                        .arg(tr("PROVIDER"), -16)
                        .arg(tr("OUTCOME"), -9)
                        .arg(tr("LATENCY"), 9)
                        .arg(tr("TRIES"), 5)
                        .arg(tr("ERROR")));
    for (const RequestRecord& r : *records) {
        m_out.printLine(format.arg(r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                            .arg(r.operation, -10)
                            .arg(r.source.isEmpty() ? QStringLiteral("-") : r.source, -10)
                            .arg(r.provider.isEmpty() ? QStringLiteral("-") : r.provider, -16)
                            .arg(r.outcome, -9)
                            .arg(QStringLiteral("%1 ms").arg(r.latencyMs, 0, 'f', 0), 9)
                            .arg(r.attempts, 5)
                            .arg(r.errorKind.isEmpty()
                                     ? QString()
                                     : QStringLiteral("%1: %2").arg(r.errorKind, r.errorMessage)));
    }
    Q_EMIT finished(ExitOk);
}

} // namespace vd::cli
