#pragma once

#include <QString>
#include <chrono>

namespace vd {

// The time span the health charts show, ending now.
enum class ChartRange
{
    FiveMinutes,
    OneHour,
    OneDay
};

std::chrono::milliseconds chartRangeDuration(ChartRange range);
// For a range picker, translated: "5 minutes", "1 hour", "24 hours".
QString chartRangeLabel(ChartRange range);

} // namespace vd
