#pragma once

#include "core/resilience/breakerstate.h"

#include <QString>
#include <chrono>

namespace vd {

// Words and numbers of the Health dashboard, translated and always with their units.

// "Closed", "Open", "Half open", "Forced open", "Disabled".
QString breakerStateLabel(BreakerState state);
// A countdown, rounded up to whole seconds: "45 s", "4 min 12 s", "1 h 5 min".
QString remainingTimeText(std::chrono::milliseconds remaining);
// A response time: "840 ms", "12.4 s"; "—" when there is none (negative or NaN).
QString latencyText(double milliseconds);
// "12.5 %"
QString percentText(double percent);

} // namespace vd
