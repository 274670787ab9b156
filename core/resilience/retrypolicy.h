#pragma once

#include "core/model/providererror.h"

#include <chrono>
#include <functional>
#include <optional>

namespace vd {

// Decides whether and when to try the same provider again (PRODUCT.md §3). Only retryable
// kinds (network, timeout, rate_limited, server) are retried, at most `maxRetries` times.
// Without a server hint the wait is exponential backoff with equal ±25 % jitter:
// min(8 s, 500 ms × 2^n) × [0.75, 1.25) for the n-th retry (n from 0). A server hint
// (ProviderError::retryAfter, read by parseRetryAfter in core/network) is used as is, without
// jitter. No retry when the wait would exceed 60 s or would end at or past the request deadline.
class RetryPolicy
{
public:
    static constexpr std::chrono::milliseconds kBaseDelay{500};
    static constexpr std::chrono::milliseconds kMaxBackoff{8000};
    static constexpr std::chrono::milliseconds kMaxWait{60000};

    // `random` returns uniform values in [0, 1); the default is QRandomGenerator::global().
    explicit RetryPolicy(int maxRetries = 1, std::function<double()> random = {});

    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int maxRetries) { m_maxRetries = maxRetries; }

    // The wait before retry number `retriesDone + 1`, or nullopt for "do not retry".
    std::optional<std::chrono::milliseconds> retryDelay(const ProviderError& error, int retriesDone,
                                                        std::chrono::milliseconds untilDeadline) const;
    // The jittered backoff for retry number `retriesDone + 1`, ignoring server hints and deadline.
    std::chrono::milliseconds backoff(int retriesDone) const;

private:
    int m_maxRetries;
    std::function<double()> m_random;
};

} // namespace vd
