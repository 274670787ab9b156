#pragma once

#include "core/suites/caseresult.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace vd {

// The aggregate of one provider (or of the auto chain) over a suite run. The word error rate is
// corpus-level: all word errors over all reference words, so a long case weighs more than a short
// one, and a case that failed without a transcript is counted among `failed` rather than as WER 1.
struct ProviderSummary
{
    SuiteCaseKind kind = SuiteCaseKind::Stt;
    QString target; // a provider name, or CaseResult::kAuto
    int cases = 0;
    int passed = 0;
    int overTolerance = 0;
    int failed = 0;
    int cancelled = 0;
    int wordErrors = 0;
    int referenceWords = 0;
    QList<double> latenciesMs; // of the cases that produced a transcript
    double totalSeconds = 0.0; // all cases' latency, for JUnit's testsuite time

    // "pocketsphinx_stt", or "auto (stt)" for the chain.
    QString label() const;
    // Nothing when no case produced a transcript with reference words.
    std::optional<double> corpusWer() const;
    std::optional<double> latencyPercentile(double q) const;
    // {"type", "target", "cases", "passed", "over_tolerance", "failed", "cancelled", "wer",
    //  "word_errors", "reference_words", "latency_ms": {"p50", "p95"}}
    QJsonObject toJson() const;

    // One summary per (type, target), in the order they first appear in `results`.
    static QList<ProviderSummary> summarize(const QList<CaseResult>& results);
};

} // namespace vd
