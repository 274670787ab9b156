#pragma once

#include "core/resilience/providerdirectory.h"
#include "core/resilience/routingtrace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace vd {

class ResilienceState;

// Whether a route candidate may be tried now (PRODUCT.md §3, the skip reasons): disabled, not
// configured, offline while it needs the network, in need of attention (only when routing by
// priority: a provider asked for by name is tried anyway), or refused by its circuit breaker.
// A refusal is the trace step that says why, with the error that names the fix.
class CandidateEligibility
{
    Q_DECLARE_TR_FUNCTIONS(vd::CandidateEligibility)

public:
    // `namedProvider` empty: routing by the category's priority order. `isOnline` may be empty
    // (then every provider counts as reachable).
    CandidateEligibility(ResilienceState& state, QString namedProvider, std::function<bool()> isOnline);

    // The skip step, or nothing when `candidate` may be tried: then one of its breaker's permits
    // has been taken, and the attempt must report its outcome to the breaker.
    std::optional<RouteStep> skipOrAcquire(const RouteCandidate& candidate);
    // How many providers would take part from now on: the one about to start and those in
    // `queue` that would be tried now. Takes no breaker permit: a provider that will be skipped
    // must not shrink the shares of the others.
    int providersLeft(const QList<RouteCandidate>& queue) const;

private:
    // The skip step that needs no breaker: everything but circuit_open.
    std::optional<RouteStep> staticSkip(const RouteCandidate& candidate) const;

    ResilienceState& m_state;
    QString m_namedProvider;
    std::function<bool()> m_isOnline;
};

} // namespace vd
