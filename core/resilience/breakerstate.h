#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace vd {

// CLOSED/OPEN/HALF_OPEN are automatic; FORCED_OPEN and DISABLED are set only by the user
// (PRODUCT.md §3 "force open", "disable") and left only by reset().
enum class BreakerState
{
    Closed,
    Open,
    HalfOpen,
    ForcedOpen,
    Disabled
};

// "CLOSED", "OPEN", "HALF_OPEN", "FORCED_OPEN", "DISABLED"
QString breakerStateName(BreakerState state);
std::optional<BreakerState> breakerStateFromName(QStringView name);

// One call in a breaker's sliding window.
struct BreakerCall
{
    bool failed = false;
    bool slow = false;
    bool operator==(const BreakerCall&) const = default;
};

// Everything a breaker needs to continue after a restart. The open time is kept as wall time so
// that the remaining open time survives the process (steady clocks do not).
struct BreakerSnapshot
{
    BreakerState state = BreakerState::Closed;
    QDateTime openUntil; // valid only in OPEN
    int consecutiveReopens = 0;
    int consecutiveFailures = 0;
    QList<BreakerCall> window; // oldest first

    QJsonObject toJson() const;
    static std::optional<BreakerSnapshot> fromJson(const QJsonObject& json);
    bool operator==(const BreakerSnapshot&) const = default;
};

} // namespace vd
