#include "core/suites/suiterun.h"

#include <QJsonArray>
#include <algorithm>

namespace vd {

bool SuiteRun::passed() const
{
    return !cancelled && problems.isEmpty() && !results.isEmpty() &&
           std::all_of(results.cbegin(), results.cend(), [](const CaseResult& r) { return r.passed(); });
}

QJsonObject SuiteRun::toJson() const
{
    QJsonArray providers;
    for (const ProviderSummary& summary : summaries())
        providers.append(summary.toJson());
    QJsonArray cases;
    for (const CaseResult& result : results)
        cases.append(result.toJson());
    QJsonArray invalid;
    for (const SuiteProblem& problem : problems)
        invalid.append(problem.toJson());
    return QJsonObject{
        {QStringLiteral("ok"), passed()},
        {QStringLiteral("suite"),
         QJsonObject{{QStringLiteral("name"), suiteName}, {QStringLiteral("path"), suitePath}}},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("wall_ms"), wallMs},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("providers"), providers},
        {QStringLiteral("results"), cases},
        {QStringLiteral("problems"), invalid},
    };
}

} // namespace vd
