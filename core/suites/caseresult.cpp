#include "core/suites/caseresult.h"

#include <QJsonArray>

namespace vd {

QString caseOutcomeName(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Passed:
        return QStringLiteral("passed");
    case CaseOutcome::OverTolerance:
        return QStringLiteral("over_tolerance");
    case CaseOutcome::Failed:
        return QStringLiteral("failed");
    case CaseOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

CaseResult CaseResult::forCase(const SuiteCase& testCase, const QString& target)
{
    CaseResult result;
    result.caseIndex = testCase.index;
    result.caseId = testCase.id;
    result.kind = testCase.kind;
    result.tags = testCase.tags;
    result.target = target;
    result.expected = testCase.expected;
    result.tolerance = testCase.tolerance;
    return result;
}

QString CaseResult::failureMessage() const
{
    switch (outcome) {
    case CaseOutcome::Passed:
        return {};
    case CaseOutcome::OverTolerance:
        return QStringLiteral("WER %1 exceeds the tolerance %2: expected \"%3\", heard \"%4\"")
            .arg(wer ? wer->rate : 0.0, 0, 'f', 3)
            .arg(tolerance, 0, 'f', 3)
            .arg(expected, text);
    case CaseOutcome::Failed:
    case CaseOutcome::Cancelled:
        break;
    }
    const QString detail = error ? error->shownText() : caseOutcomeName(outcome);
    return errorStage.isEmpty() ? detail : QStringLiteral("%1 failed: %2").arg(errorStage, detail);
}

QJsonObject CaseResult::toJson() const
{
    const auto orNull = [](const QString& value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    QJsonObject json{
        {QStringLiteral("case"), caseIndex},
        {QStringLiteral("id"), caseId},
        {QStringLiteral("type"), suiteCaseKindName(kind)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("target"), target},
        {QStringLiteral("provider"), orNull(provider)},
        {QStringLiteral("check_provider"), orNull(checkProvider)},
        {QStringLiteral("outcome"), caseOutcomeName(outcome)},
        {QStringLiteral("text"), wer ? QJsonValue(text) : QJsonValue()},
        {QStringLiteral("expected"), expected},
        {QStringLiteral("wer"), wer ? QJsonValue(wer->rate) : QJsonValue()},
        {QStringLiteral("word_errors"), wer ? QJsonValue(wer->errors()) : QJsonValue()},
        {QStringLiteral("reference_words"), wer ? QJsonValue(wer->referenceWords) : QJsonValue()},
        {QStringLiteral("tolerance"), tolerance},
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("attempts"), attempts()},
        {QStringLiteral("route"), trace.toJson()},
    };
    if (error) {
        QJsonObject errorJson = error->toJson();
        errorJson.insert(QStringLiteral("stage"), errorStage);
        json.insert(QStringLiteral("error"), errorJson);
    }
    return json;
}

} // namespace vd
