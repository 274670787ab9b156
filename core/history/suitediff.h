#pragma once

#include "core/history/storedsuiterun.h"

#include <QJsonObject>
#include <QList>

namespace vd {

// One difference between two runs of a suite, for one case on one target.
struct CaseChange
{
    enum class Kind
    {
        NewFailure,       // passed before (or is new), does not pass now
        WerRegressed,     // word error rate rose by more than the threshold
        LatencyRegressed, // latency rose by more than the threshold
        Fixed,            // did not pass before, passes now
        Removed           // in the first run only
    };
    Kind kind = Kind::NewFailure;
    QString key; // StoredCase::key()
    std::optional<StoredCase> before;
    std::optional<StoredCase> after;

    static QString kindName(Kind kind); // "new_failure", "wer_regressed", ...
    bool isRegression() const
    {
        return kind == Kind::NewFailure || kind == Kind::WerRegressed || kind == Kind::LatencyRegressed;
    }
    // "stt/greeting@auto: WER 0.000 → 0.250 (+0.250)"
    QString describe() const;
    QJsonObject toJson() const;
};

// What changed from run A to run B of a suite (`suite diff`): regressions beyond the thresholds
// and fixed cases. Cases are matched by type, id and target provider.
struct SuiteDiff
{
    double werThreshold = 0.0;
    double latencyThresholdMs = 500.0;
    QList<CaseChange> changes; // regressions first, then fixes, then removed cases

    static SuiteDiff compare(const StoredSuiteRun& a, const StoredSuiteRun& b, double werThreshold,
                             double latencyThresholdMs);
    bool regressed() const;
    int count(CaseChange::Kind kind) const;
    // {"regressed", "wer_threshold", "latency_threshold_ms", "changes": [...], "counts": {...}}
    QJsonObject toJson() const;
};

} // namespace vd
