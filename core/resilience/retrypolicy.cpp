#include "core/resilience/retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace vd {

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(int maxRetries, std::function<double()> random)
    : m_maxRetries(maxRetries), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::optional<milliseconds> RetryPolicy::retryDelay(const ProviderError& error, int retriesDone,
                                                    milliseconds untilDeadline) const
{
    if (!isRetryable(error.kind) || retriesDone >= m_maxRetries)
        return std::nullopt;
    const milliseconds wait =
        error.retryAfter ? std::max(milliseconds{0}, *error.retryAfter) : backoff(retriesDone);
    if (wait > kMaxWait || wait >= untilDeadline)
        return std::nullopt;
    return wait;
}

milliseconds RetryPolicy::backoff(int retriesDone) const
{
    const int exponent = std::clamp(retriesDone, 0, 30);
    const double base =
        std::min(double(kMaxBackoff.count()), double(kBaseDelay.count()) * std::pow(2.0, exponent));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return milliseconds(qint64(std::llround(base * (0.75 + 0.5 * r))));
}

} // namespace vd
