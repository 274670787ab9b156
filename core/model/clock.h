#pragma once

#include <QDateTime>
#include <chrono>

namespace vd {

// Time source for everything whose logic depends on time (breakers, health, retries), so that
// tests can drive it with a fake clock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic time for durations and deadlines.
    virtual std::chrono::steady_clock::time_point now() const = 0;
    // Wall-clock time for display, persistence and HTTP dates.
    virtual QDateTime wallNow() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::chrono::steady_clock::time_point now() const override;
    QDateTime wallNow() const override;

    // A process-wide instance for production code.
    static const Clock& instance();
};

} // namespace vd
