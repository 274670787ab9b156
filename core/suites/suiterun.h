#pragma once

#include "core/suites/caseresult.h"
#include "core/suites/providersummary.h"
#include "core/suites/suiteproblem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace vd {

// A finished (or stopped) run of a suite: every case result in (provider, case) order, the cases
// that could not run, and the numbers derived from them. A plain value for reports and history.
struct SuiteRun
{
    QString suiteName;
    QString suitePath;
    QDateTime startedAt; // UTC
    double wallMs = 0.0;
    QList<CaseResult> results;
    QList<SuiteProblem> problems; // entries of the suite file that were not run
    bool cancelled = false;

    QList<ProviderSummary> summaries() const { return ProviderSummary::summarize(results); }
    // Every case ran and passed, and the suite file had no problems: what a CI gate asks.
    bool passed() const;
    // {"ok", "suite": {"name", "path"}, "started_at", "wall_ms", "cancelled",
    //  "providers": [summary...], "results": [case result...], "problems": [problem...]}
    QJsonObject toJson() const;
};

} // namespace vd
