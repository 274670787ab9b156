#include "core/model/clock.h"

namespace vd {

std::chrono::steady_clock::time_point SystemClock::now() const
{
    return std::chrono::steady_clock::now();
}

QDateTime SystemClock::wallNow() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace vd
