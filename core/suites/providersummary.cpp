#include "core/suites/providersummary.h"

#include "core/suites/percentile.h"

#include <algorithm>

namespace vd {

QString ProviderSummary::label() const
{
    return target == CaseResult::kAuto ? QStringLiteral("auto (%1)").arg(suiteCaseKindName(kind)) : target;
}

std::optional<double> ProviderSummary::corpusWer() const
{
    if (referenceWords == 0)
        return std::nullopt;
    return double(wordErrors) / double(referenceWords);
}

std::optional<double> ProviderSummary::latencyPercentile(double q) const
{
    return nearestRankPercentile(latenciesMs, q);
}

QJsonObject ProviderSummary::toJson() const
{
    const auto orNull = [](std::optional<double> value) { return value ? QJsonValue(*value) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("type"), suiteCaseKindName(kind)},
        {QStringLiteral("target"), target},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("over_tolerance"), overTolerance},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("wer"), orNull(corpusWer())},
        {QStringLiteral("word_errors"), wordErrors},
        {QStringLiteral("reference_words"), referenceWords},
        {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("p50"), orNull(latencyPercentile(0.50))},
                                                   {QStringLiteral("p95"), orNull(latencyPercentile(0.95))}}},
    };
}

QList<ProviderSummary> ProviderSummary::summarize(const QList<CaseResult>& results)
{
    QList<ProviderSummary> summaries;
    for (const CaseResult& result : results) {
        auto it = std::find_if(summaries.begin(), summaries.end(), [&result](const ProviderSummary& s) {
            return s.kind == result.kind && s.target == result.target;
        });
        if (it == summaries.end()) {
            ProviderSummary summary;
            summary.kind = result.kind;
            summary.target = result.target;
            summaries.append(summary);
            it = summaries.end() - 1;
        }
        ProviderSummary& summary = *it;
        ++summary.cases;
        summary.totalSeconds += result.latencyMs / 1000.0;
        switch (result.outcome) {
        case CaseOutcome::Passed:
            ++summary.passed;
            break;
        case CaseOutcome::OverTolerance:
            ++summary.overTolerance;
            break;
        case CaseOutcome::Failed:
            ++summary.failed;
            break;
        case CaseOutcome::Cancelled:
            ++summary.cancelled;
            break;
        }
        if (result.wer) {
            summary.wordErrors += result.wer->errors();
            summary.referenceWords += result.wer->referenceWords;
            summary.latenciesMs.append(result.latencyMs);
        }
    }
    return summaries;
}

} // namespace vd
