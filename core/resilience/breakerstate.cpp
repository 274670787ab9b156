#include "core/resilience/breakerstate.h"

#include <QJsonArray>
#include <array>
#include <utility>

namespace vd {

namespace {
constexpr std::array<std::pair<BreakerState, const char*>, 5> kNames{{
    {BreakerState::Closed, "CLOSED"},
    {BreakerState::Open, "OPEN"},
    {BreakerState::HalfOpen, "HALF_OPEN"},
    {BreakerState::ForcedOpen, "FORCED_OPEN"},
    {BreakerState::Disabled, "DISABLED"},
}};
} // namespace

QString breakerStateName(BreakerState state)
{
    for (const auto& [s, name] : kNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<BreakerState> breakerStateFromName(QStringView name)
{
    for (const auto& [s, n] : kNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QJsonObject BreakerSnapshot::toJson() const
{
    // The window is stored compactly: "." success, "s" slow success, "F" failure, "S" slow failure.
    QString calls;
    for (const BreakerCall& call : window)
        calls += call.failed ? (call.slow ? QLatin1Char('S') : QLatin1Char('F'))
                             : (call.slow ? QLatin1Char('s') : QLatin1Char('.'));
    QJsonObject json{{QStringLiteral("state"), breakerStateName(state)},
                     {QStringLiteral("consecutive_reopens"), consecutiveReopens},
                     {QStringLiteral("consecutive_failures"), consecutiveFailures},
                     {QStringLiteral("window"), calls}};
    if (state == BreakerState::Open && openUntil.isValid())
        json.insert(QStringLiteral("open_until"), openUntil.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

std::optional<BreakerSnapshot> BreakerSnapshot::fromJson(const QJsonObject& json)
{
    const auto state = breakerStateFromName(json.value(QStringLiteral("state")).toString());
    if (!state)
        return std::nullopt;
    BreakerSnapshot snapshot;
    snapshot.state = *state;
    snapshot.consecutiveReopens = qMax(0, json.value(QStringLiteral("consecutive_reopens")).toInt());
    snapshot.consecutiveFailures = qMax(0, json.value(QStringLiteral("consecutive_failures")).toInt());
    if (snapshot.state == BreakerState::Open) {
        snapshot.openUntil =
            QDateTime::fromString(json.value(QStringLiteral("open_until")).toString(), Qt::ISODateWithMs);
        if (!snapshot.openUntil.isValid())
            return std::nullopt;
    }
    for (QChar c : json.value(QStringLiteral("window")).toString()) {
        if (c == QLatin1Char('.'))
            snapshot.window.append({false, false});
        else if (c == QLatin1Char('s'))
            snapshot.window.append({false, true});
        else if (c == QLatin1Char('F'))
            snapshot.window.append({true, false});
        else if (c == QLatin1Char('S'))
            snapshot.window.append({true, true});
        else
            return std::nullopt;
    }
    return snapshot;
}

} // namespace vd
