#include "ui/suites/suiteactivity.h"

namespace vd {

std::optional<ActivityEntry> suiteActivityEntry(const CaseResult& result, const QDateTime& finishedAt)
{
    if (result.trace.attempts().isEmpty())
        return std::nullopt;
    ActivityEntry entry;
    entry.time = finishedAt.toUTC().addMSecs(-qRound64(result.latencyMs));
    entry.operation = result.kind == SuiteCaseKind::Tts ? ActivityEntry::Operation::Synthesize
                                                        : ActivityEntry::Operation::Transcribe;
    entry.provider =
        result.provider.isEmpty() ? result.trace.attempts().constLast().provider : result.provider;
    // Over its tolerance the request itself succeeded; only the transcript fell short.
    entry.ok = result.outcome == CaseOutcome::Passed || result.outcome == CaseOutcome::OverTolerance;
    if (!entry.ok)
        entry.error = result.error;
    entry.latencyMs = result.latencyMs;
    entry.trace = result.trace;
    return entry;
}

} // namespace vd
