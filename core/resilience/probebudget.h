#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace vd {

class SampleRing;

// How many automatic health probes a metered provider may get (issue #14): its
// `probe_budget_per_hour` and `probe_budget_per_day` settings, 0 meaning no limit. The probes
// spent are counted from the provider's health history, so every VoiceDeck process sharing the
// state file spends from the same budget and a restart does not refill it (the count reaches back
// as far as `health.history_hours` keeps samples).
struct ProbeBudget
{
    int perHour = 0;
    int perDay = 0;

    static ProbeBudget fromSettings(const QJsonObject& settings);
    bool isLimited() const { return perHour > 0 || perDay > 0; }

    struct Usage
    {
        int lastHour = 0;
        int lastDay = 0;
    };
    static Usage usage(const SampleRing& history, const QDateTime& now);

    // Why no automatic probe may run now ("probe budget of 20/day used"); nullopt when one may.
    std::optional<QString> exhausted(const Usage& used) const;
    // {"per_hour", "per_day", "used_last_hour", "used_last_day"} (limits 0 = none).
    QJsonObject toJson(const Usage& used) const;
};

} // namespace vd
