#include "core/history/storedsuiterun.h"

#include "core/suites/suiterun.h"

namespace vd {

StoredCase StoredCase::fromResult(const CaseResult& result)
{
    StoredCase stored;
    stored.caseIndex = result.caseIndex;
    stored.caseId = result.caseId;
    stored.kind = suiteCaseKindName(result.kind);
    stored.target = result.target;
    stored.provider = result.provider;
    stored.outcome = caseOutcomeName(result.outcome);
    if (result.wer)
        stored.wer = result.wer->rate;
    stored.latencyMs = result.latencyMs;
    if (result.error)
        stored.errorKind = errorKindName(result.error->kind);
    stored.message = result.failureMessage();
    return stored;
}

QJsonObject StoredCase::toJson() const
{
    return QJsonObject{{QStringLiteral("case"), caseIndex},
                       {QStringLiteral("id"), caseId},
                       {QStringLiteral("type"), kind},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("provider"), provider},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("wer"), wer ? QJsonValue(*wer) : QJsonValue()},
                       {QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("error_kind"), errorKind},
                       {QStringLiteral("message"), message}};
}

StoredSuiteRun StoredSuiteRun::fromRun(const SuiteRun& run)
{
    StoredSuiteRun stored;
    stored.startedAt = run.startedAt.toUTC();
    stored.finishedAt = stored.startedAt.addMSecs(qint64(run.wallMs));
    stored.suiteName = run.suiteName;
    stored.suitePath = run.suitePath;
    stored.problems = int(run.problems.size());
    stored.cancelled = run.cancelled;
    for (const CaseResult& result : run.results) {
        stored.cases.append(StoredCase::fromResult(result));
        (result.passed() ? stored.passed : stored.failed) += 1;
    }
    return stored;
}

QJsonObject StoredSuiteRun::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("suite"), QJsonObject{{QStringLiteral("name"), suiteName},
                                                             {QStringLiteral("path"), suitePath}}},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("cancelled"), cancelled}};
}

} // namespace vd
