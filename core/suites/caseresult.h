#pragma once

#include "core/evaluation/worderrorrate.h"
#include "core/model/providererror.h"
#include "core/resilience/routingtrace.h"
#include "core/suites/suitecase.h"

#include <QJsonObject>
#include <optional>

namespace vd {

enum class CaseOutcome
{
    Passed,        // word error rate within the case's tolerance
    OverTolerance, // a transcript came back, but with more errors than the tolerance allows
    Failed,        // no transcript: a provider failed, or the audio could not be decoded
    Cancelled      // the run was stopped before the case finished
};
QString caseOutcomeName(CaseOutcome outcome); // "passed", "over_tolerance", "failed", "cancelled"

// The outcome of one case against one provider: a plain value, so a run can be printed, written
// as JSON or JUnit, and stored in a history database alike.
struct CaseResult
{
    static inline const QString kAuto = QStringLiteral("auto");

    int caseIndex = 0;
    QString caseId;
    SuiteCaseKind kind = SuiteCaseKind::Stt;
    QStringList tags;
    QString target;        // the provider asked for, or kAuto for the priority chain
    QString provider;      // the provider that answered the tested step; empty when none did
    QString checkProvider; // the other end of the round trip: TTS that voiced / STT that transcribed
    CaseOutcome outcome = CaseOutcome::Failed;
    QString text; // the transcript
    QString expected;
    double tolerance = 0.0;
    std::optional<WordErrorRate> wer;
    double latencyMs = 0.0; // of the tested step (the STT call, or the TTS call), retries included
    RoutingTrace trace;     // of the tested step
    std::optional<ProviderError> error;
    QString errorStage; // "decode", "voice", "synthesize", "transcribe": where `error` happened

    // A result for `testCase` on `target`, not run yet (outcome Failed until set).
    static CaseResult forCase(const SuiteCase& testCase, const QString& target);

    bool passed() const { return outcome == CaseOutcome::Passed; }
    int attempts() const { return int(trace.attempts().size()); }
    // Why the case did not pass, for people; empty when it passed.
    QString failureMessage() const;
    // {"case", "id", "type", "tags", "target", "provider", "check_provider", "outcome", "text",
    //  "expected", "wer", "word_errors", "reference_words", "tolerance", "latency_ms", "attempts",
    //  "route": {"attempts": [...], "skipped": [...]}, "error": {..., "stage"}}
    QJsonObject toJson() const;
};

} // namespace vd
