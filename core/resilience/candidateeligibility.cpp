#include "core/resilience/candidateeligibility.h"

#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"

#include <utility>

namespace vd {

CandidateEligibility::CandidateEligibility(ResilienceState& state, QString namedProvider,
                                           std::function<bool()> isOnline)
    : m_state(state), m_namedProvider(std::move(namedProvider)), m_isOnline(std::move(isOnline))
{}

std::optional<RouteStep> CandidateEligibility::skipOrAcquire(const RouteCandidate& c)
{
    if (auto step = staticSkip(c))
        return step;
    const BreakerPermit permit = m_state.breaker(c.info.name)->tryAcquire();
    if (permit.granted)
        return std::nullopt;
    RouteStep step;
    step.provider = c.info.name;
    step.decision = RouteDecision::Skipped;
    step.reason = SkipReason::CircuitOpen;
    step.until = permit.openUntil.value_or(QDateTime());
    step.error = permit.error(c.info.name);
    return step;
}

int CandidateEligibility::providersLeft(const QList<RouteCandidate>& queue) const
{
    int left = 1;
    for (const RouteCandidate& c : queue) {
        if (staticSkip(c))
            continue;
        CircuitBreaker* breaker = m_state.breaker(c.info.name);
        const BreakerState state = breaker->state();
        if (state == BreakerState::Closed || state == BreakerState::Disabled ||
            (state == BreakerState::HalfOpen && breaker->availableHalfOpenPermits() > 0))
            ++left;
    }
    return left;
}

std::optional<RouteStep> CandidateEligibility::staticSkip(const RouteCandidate& c) const
{
    const QString& name = c.info.name;
    RouteStep step;
    step.provider = name;
    step.decision = RouteDecision::Skipped;
    if (!c.info.enabled) {
        step.reason = SkipReason::Disabled;
        step.error = ProviderError::make(ErrorKind::NotConfigured,
                                         tr("%1 is disabled; enable it on the Providers page or with "
                                            "`voicedeck-cli config set providers.%1.enabled true`.")
                                             .arg(name));
    } else if (!c.configured || !c.instance) {
        step.reason = SkipReason::NotConfigured;
        step.error = !c.unavailable.message.isEmpty()
                         ? c.unavailable
                         : ProviderError::make(ErrorKind::NotConfigured,
                                               tr("%1 is not configured; add its API key with "
                                                  "`voicedeck-cli keys set %1` or in its settings.")
                                                   .arg(name));
    } else if (!c.info.offline && m_isOnline && !m_isOnline()) {
        step.reason = SkipReason::Offline;
        step.error = ProviderError::make(ErrorKind::Network,
                                         tr("%1 needs the network and this computer is offline; an offline "
                                            "provider can serve meanwhile.")
                                             .arg(name));
    } else if (m_namedProvider.isEmpty() && m_state.needsAttention(name)) {
        // A provider asked for by name is tried anyway: the user chose it, and its own error says most.
        step.reason = SkipReason::NeedsAttention;
        step.note = m_state.attentionReason(name);
        step.error =
            ProviderError::make(ErrorKind::Auth, tr("%1 needs attention (%2); fix its key or settings, "
                                                    "or reset it.")
                                                     .arg(name, step.note));
    } else {
        return std::nullopt;
    }
    return step;
}

} // namespace vd
