#pragma once

#include <QString>
#include <chrono>

namespace vd {

// How long an attempt may run, so that a hanging provider cannot starve the ones after it
// (docs/ARCHITECTURE.md "Deadline shares"). When a provider's first attempt starts, the provider
// gets an equal share of the time left until the request deadline: time left ÷ providers left
// (itself and every candidate after it that could still be tried). All of its attempts — the
// first try, the backoff waits and the retries — must fit into that share; each attempt runs for
// at most min(routing.attempt_timeout_ms, time left in the share). The last provider's share is
// the rest of the deadline, so a request with one provider behaves as before.
struct AttemptBudget
{
    enum class Bound
    {
        AttemptTimeout, // routing.attempt_timeout_ms was the smaller limit
        Share,          // the provider's share of the deadline ended first
        Deadline,       // the last provider: its share is the rest of the deadline
    };

    std::chrono::milliseconds limit{1};
    Bound bound = Bound::AttemptTimeout;

    // The attempt's share: untilDeadline / providersLeft (providersLeft counts this provider).
    static std::chrono::milliseconds share(std::chrono::milliseconds untilDeadline, int providersLeft);
    // At least 1 ms; the share bound wins a tie with the attempt timeout (it is what cut short).
    static AttemptBudget of(std::chrono::milliseconds attemptTimeout, std::chrono::milliseconds untilShareEnd,
                            std::chrono::milliseconds untilDeadline);

    // For the routing trace: "timeout after 22500 ms (share of the deadline)".
    QString reason() const;
    // The timeout error of an attempt on `provider` that used up this budget.
    QString timeoutMessage(const QString& provider, int providersLeft) const;

    bool operator==(const AttemptBudget&) const = default;
};

} // namespace vd
