#include "ui/health/healthtext.h"

#include <QCoreApplication>
#include <cmath>

namespace vd {

// Free functions have no HealthText::tr(); this gives them one whose context lupdate and the translator agree
// on.
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)
};

QString breakerStateLabel(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return HealthText::tr("Closed");
    case BreakerState::Open:
        return HealthText::tr("Open");
    case BreakerState::HalfOpen:
        return HealthText::tr("Half open");
    case BreakerState::ForcedOpen:
        return HealthText::tr("Forced open");
    case BreakerState::Disabled:
        break;
    }
    return HealthText::tr("Disabled");
}

QString remainingTimeText(std::chrono::milliseconds remaining)
{
    // Rounded up: "0 s" would claim the circuit is already half open.
    const qint64 seconds = std::max<qint64>(0, (remaining.count() + 999) / 1000);
    if (seconds < 60)
        return HealthText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return HealthText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return HealthText::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString latencyText(double milliseconds)
{
    if (!std::isfinite(milliseconds) || milliseconds < 0)
        return QStringLiteral("—");
    if (milliseconds < 10000)
        return HealthText::tr("%1 ms").arg(qRound64(milliseconds));
    return HealthText::tr("%1 s").arg(milliseconds / 1000.0, 0, 'f', 1);
}

QString percentText(double percent)
{
    return HealthText::tr("%1 %").arg(percent, 0, 'f', 1);
}

} // namespace vd
