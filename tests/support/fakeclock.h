#pragma once

#include "core/model/clock.h"

#include <chrono>

namespace vd::test {

// A clock that only moves when a test advances it.
class FakeClock final : public Clock
{
public:
    FakeClock();
    std::chrono::steady_clock::time_point now() const override { return m_now; }
    QDateTime wallNow() const override { return m_wall; }

    void advance(std::chrono::milliseconds step);
    void setWallNow(const QDateTime& wall) { m_wall = wall; }

private:
    std::chrono::steady_clock::time_point m_now;
    QDateTime m_wall;
};

} // namespace vd::test
