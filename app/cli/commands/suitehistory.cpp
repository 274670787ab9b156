#include "app/cli/commands/suitehistory.h"

#include "app/cli/commands/historyaccess.h"
#include "core/history/historystore.h"
#include "core/history/suitediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace vd::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SuiteHistory", text);
}

QString localTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString describeRun(const StoredSuiteRun& run)
{
    return tr("run %1 (%2, %3)").arg(run.id).arg(run.suiteName, localTime(run.startedAt));
}

} // namespace

int printSuiteHistory(Runtime& runtime, const CliOutput& out, int limit)
{
    const std::unique_ptr<HistoryStore> store = openHistory(runtime, out);
    if (!store)
        return ExitConfig;
    const auto runs = store->suiteRuns(limit);
    if (!runs) {
        out.error(runs.error().message());
        return ExitConfig;
    }
    if (out.json()) {
        QJsonArray list;
        for (const StoredSuiteRun& run : *runs)
            list.append(run.toJson());
        out.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("database"), store->path()},
                                  {QStringLiteral("runs"), list}});
        return ExitOk;
    }
    if (runs->isEmpty()) {
        out.printLine(tr("no suite runs recorded in %1; run one with voicedeck-cli suite run SUITE")
                          .arg(store->path()));
        return ExitOk;
    }
    const QString format = QStringLiteral("%1 %2 %3 %4 %5 %6");
    out.printLine(format.arg(tr("ID"), 5)
                      .arg(tr("STARTED"), -19)
                      .arg(tr("SUITE"), -20)
                      .arg(tr("PASSED"), 6)
                      .arg(tr("FAILED"), 6)
                      .arg(tr("NOTE")));
    for (const StoredSuiteRun& run : *runs) {
        QStringList notes;
        if (run.cancelled)
            notes << tr("interrupted");
        if (run.problems > 0)
            notes << tr("%1 suite file problem(s)").arg(run.problems);
        out.printLine(format.arg(run.id, 5)
                          .arg(localTime(run.startedAt), -19)
                          .arg(run.suiteName, -20)
                          .arg(run.passed, 6)
                          .arg(run.failed, 6)
                          .arg(notes.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

int printSuiteDiff(Runtime& runtime, const CliOutput& out, qint64 runA, qint64 runB, double werThreshold,
                   double latencyThresholdMs)
{
    const std::unique_ptr<HistoryStore> store = openHistory(runtime, out);
    if (!store)
        return ExitConfig;
    std::optional<StoredSuiteRun> runs[2];
    const qint64 ids[2] = {runA, runB};
    for (int i = 0; i < 2; ++i) {
        auto found = store->suiteRun(ids[i]);
        if (!found) {
            out.error(found.error().message());
            return ExitConfig;
        }
        if (!*found) {
            out.error(tr("no suite run %1 in the history %2; see voicedeck-cli suite history")
                          .arg(ids[i])
                          .arg(store->path()));
            return ExitUsage;
        }
        runs[i] = **found;
    }
    if (runs[0]->suitePath != runs[1]->suitePath) {
        out.error(tr("warning: the runs are of different suites (%1, %2); only cases with the same id and "
                     "provider are compared")
                      .arg(runs[0]->suitePath, runs[1]->suitePath));
    }
    const SuiteDiff diff = SuiteDiff::compare(*runs[0], *runs[1], werThreshold, latencyThresholdMs);
    if (out.json()) {
        QJsonObject json = diff.toJson();
        json.insert(QStringLiteral("ok"), true);
        json.insert(QStringLiteral("from"), runs[0]->toJson());
        json.insert(QStringLiteral("to"), runs[1]->toJson());
        out.printJson(json);
    } else {
        out.printLine(tr("%1 → %2").arg(describeRun(*runs[0]), describeRun(*runs[1])));
        out.printLine(tr("thresholds: WER +%1, latency +%2 ms")
                          .arg(werThreshold, 0, 'f', 3)
                          .arg(latencyThresholdMs, 0, 'f', 0));
        for (const CaseChange& change : diff.changes) {
            out.printLine(QStringLiteral("%1 %2 %3")
                              .arg(change.isRegression() ? tr("REGRESSED") : tr("ok"), -9)
                              .arg(CaseChange::kindName(change.kind), -17)
                              .arg(change.describe()));
        }
        const int regressions = int(std::count_if(diff.changes.cbegin(), diff.changes.cend(),
                                                  [](const CaseChange& c) { return c.isRegression(); }));
        out.printLine(tr("%1 regression(s), %2 fixed, %3 removed")
                          .arg(regressions)
                          .arg(diff.count(CaseChange::Kind::Fixed))
                          .arg(diff.count(CaseChange::Kind::Removed)));
    }
    return diff.regressed() ? ExitProvidersFailed : ExitOk;
}

} // namespace vd::cli
