#include "ui/health/healthtext.h"

#include <QCoreApplication>

#include <cmath>

namespace vd {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vd::HealthText", text);
}

} // namespace

QString breakerStateLabel(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return tr("Closed");
    case BreakerState::Open:
        return tr("Open");
    case BreakerState::HalfOpen:
        return tr("Half open");
    case BreakerState::ForcedOpen:
        return tr("Forced open");
    case BreakerState::Disabled:
        break;
    }
    return tr("Disabled");
}

QString remainingTimeText(std::chrono::milliseconds remaining)
{
    // Rounded up: "0 s" would claim the circuit is already half open.
    const qint64 seconds = std::max<qint64>(0, (remaining.count() + 999) / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString latencyText(double milliseconds)
{
    if (!std::isfinite(milliseconds) || milliseconds < 0)
        return QStringLiteral("—");
    if (milliseconds < 10000)
        return tr("%1 ms").arg(qRound64(milliseconds));
    return tr("%1 s").arg(milliseconds / 1000.0, 0, 'f', 1);
}

QString percentText(double percent)
{
    return tr("%1 %").arg(percent, 0, 'f', 1);
}

} // namespace vd
