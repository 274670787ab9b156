#include "tests/support/fakeclock.h"

namespace vd::test {

FakeClock::FakeClock()
    : m_now(std::chrono::steady_clock::time_point{} + std::chrono::hours(1)),
      m_wall(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
{}

void FakeClock::advance(std::chrono::milliseconds step)
{
    m_now += step;
    m_wall = m_wall.addMSecs(step.count());
}

} // namespace vd::test
