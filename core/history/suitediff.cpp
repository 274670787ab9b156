#include "core/history/suitediff.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace vd {

namespace {

constexpr CaseChange::Kind kAllKinds[] = {CaseChange::Kind::NewFailure, CaseChange::Kind::WerRegressed,
                                          CaseChange::Kind::LatencyRegressed, CaseChange::Kind::Fixed,
                                          CaseChange::Kind::Removed};

} // namespace

QString CaseChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NewFailure:
        return QStringLiteral("new_failure");
    case Kind::WerRegressed:
        return QStringLiteral("wer_regressed");
    case Kind::LatencyRegressed:
        return QStringLiteral("latency_regressed");
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString CaseChange::describe() const
{
    switch (kind) {
    case Kind::NewFailure:
        return QStringLiteral("%1: %2 → %3: %4")
            .arg(key, before ? before->outcome : QStringLiteral("(new case)"), after->outcome,
                 after->message);
    case Kind::WerRegressed:
        return QStringLiteral("%1: WER %2 → %3 (+%4)")
            .arg(key)
            .arg(*before->wer, 0, 'f', 3)
            .arg(*after->wer, 0, 'f', 3)
            .arg(*after->wer - *before->wer, 0, 'f', 3);
    case Kind::LatencyRegressed:
        return QStringLiteral("%1: latency %2 ms → %3 ms (+%4 ms)")
            .arg(key)
            .arg(before->latencyMs, 0, 'f', 0)
            .arg(after->latencyMs, 0, 'f', 0)
            .arg(after->latencyMs - before->latencyMs, 0, 'f', 0);
    case Kind::Fixed:
        return QStringLiteral("%1: %2 → passed").arg(key, before->outcome);
    case Kind::Removed:
        return QStringLiteral("%1: not in the second run").arg(key);
    }
    return key;
}

QJsonObject CaseChange::toJson() const
{
    QJsonObject json{{QStringLiteral("change"), kindName(kind)},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("description"), describe()}};
    if (before)
        json.insert(QStringLiteral("before"), before->toJson());
    if (after)
        json.insert(QStringLiteral("after"), after->toJson());
    return json;
}

SuiteDiff SuiteDiff::compare(const StoredSuiteRun& a, const StoredSuiteRun& b, double werThreshold,
                             double latencyThresholdMs)
{
    SuiteDiff diff;
    diff.werThreshold = werThreshold;
    diff.latencyThresholdMs = latencyThresholdMs;
    QHash<QString, StoredCase> earlier;
    for (const StoredCase& c : a.cases)
        earlier.insert(c.key(), c);
    for (const StoredCase& now : b.cases) {
        const auto found = earlier.constFind(now.key());
        const std::optional<StoredCase> then =
            found == earlier.cend() ? std::nullopt : std::optional<StoredCase>(*found);
        const auto add = [&](CaseChange::Kind kind) {
            diff.changes.append(CaseChange{kind, now.key(), then, now});
        };
        if (!now.passed() && (!then || then->passed()))
            add(CaseChange::Kind::NewFailure);
        if (then && !then->passed() && now.passed())
            add(CaseChange::Kind::Fixed);
        if (then && then->wer && now.wer && *now.wer - *then->wer > werThreshold)
            add(CaseChange::Kind::WerRegressed);
        // Latency of a failed call says little; compare only calls that answered both times.
        if (then && then->errorKind.isEmpty() && now.errorKind.isEmpty() &&
            now.latencyMs - then->latencyMs > latencyThresholdMs)
            add(CaseChange::Kind::LatencyRegressed);
        earlier.remove(now.key());
    }
    for (const StoredCase& c : a.cases) {
        if (earlier.contains(c.key()))
            diff.changes.append(CaseChange{CaseChange::Kind::Removed, c.key(), c, std::nullopt});
    }
    std::stable_sort(diff.changes.begin(), diff.changes.end(),
                     [](const CaseChange& x, const CaseChange& y) { return int(x.kind) < int(y.kind); });
    return diff;
}

bool SuiteDiff::regressed() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const CaseChange& c) { return c.isRegression(); });
}

int SuiteDiff::count(CaseChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const CaseChange& c) { return c.kind == kind; }));
}

QJsonObject SuiteDiff::toJson() const
{
    QJsonArray list;
    for (const CaseChange& change : changes)
        list.append(change.toJson());
    QJsonObject counts;
    for (CaseChange::Kind kind : kAllKinds)
        counts.insert(CaseChange::kindName(kind), count(kind));
    return QJsonObject{{QStringLiteral("regressed"), regressed()},
                       {QStringLiteral("wer_threshold"), werThreshold},
                       {QStringLiteral("latency_threshold_ms"), latencyThresholdMs},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("changes"), list}};
}

} // namespace vd
