#pragma once

#include "core/config/resiliencesettings.h"
#include "core/model/clock.h"
#include "core/model/providererror.h"
#include "core/resilience/breakerstate.h"
#include "core/resilience/breakerwindow.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <chrono>
#include <optional>

namespace vd {

// The answer to "may I call the provider now?". When refused, `error()` is a circuit_open error
// that says until when (OPEN), that the trial calls are taken (HALF_OPEN) or that the user forced
// the circuit open.
struct BreakerPermit
{
    bool granted = false;
    BreakerState state = BreakerState::Closed;
    // OPEN only: when trial calls will be let through. Optional, so that a granted permit (the
    // router asks for one per attempt) costs no QDateTime.
    std::optional<QDateTime> openUntil;
    std::chrono::milliseconds retryIn{0}; // OPEN only: how long until then

    ProviderError error(const QString& provider) const;
};

// A per-provider circuit breaker (PRODUCT.md §3). CLOSED counts outcomes in a count-based
// sliding window of `windowCalls` and trips to OPEN after `consecutiveFailures` failures in a
// row, or when the failure rate or slow-call rate reaches its threshold once
// min(`minimumCalls`, `windowCalls`) calls are in the window. OPEN refuses calls for
// `openSeconds` × `openBackoffMultiplier`^(consecutive re-opens), capped at `openSecondsMax`;
// then HALF_OPEN hands out `halfOpenCalls` permits (further calls are refused, never queued):
// that many successes close it (and reset the backoff), any failure re-opens it. Time is read
// from the injected clock lazily, on the next acquire or state query, so no timer is needed.
// A threshold of 0 switches its rule off. Outcomes reported while OPEN, FORCED_OPEN or DISABLED
// are late results of calls admitted earlier and change nothing.
class CircuitBreaker : public QObject
{
    Q_OBJECT

public:
    CircuitBreaker(const BreakerSettings& settings, const Clock& clock, QObject* parent = nullptr);

    void setSettings(const BreakerSettings& settings);
    const BreakerSettings& settings() const { return m_settings; }

    // The current state, after moving OPEN → HALF_OPEN if the open time is over.
    BreakerState state();
    BreakerPermit tryAcquire();

    void onSuccess(std::chrono::milliseconds latency);
    void onFailure(std::chrono::milliseconds latency);
    // A call that says nothing about the provider (request faults, cancellation): returns a
    // HALF_OPEN permit without a verdict.
    void onIgnored();
    // A successful active health probe: OPEN moves to HALF_OPEN without waiting.
    void onProbeSuccess();

    // Manual controls.
    void reset();     // → CLOSED, window, counters and backoff cleared
    void forceOpen(); // → FORCED_OPEN: refuse everything until reset()
    void disable();   // → DISABLED: allow everything, count nothing, until reset()

    // Zero unless OPEN.
    std::chrono::milliseconds remainingOpenTime();
    // Wall time at which OPEN ends (invalid unless OPEN), e.g. for "circuit_open until 12:03:10".
    QDateTime openUntil();
    // What the next trip would keep the circuit open for.
    std::chrono::milliseconds nextOpenDuration() const;

    int consecutiveFailures() const { return m_consecutiveFailures; }
    int consecutiveReopens() const { return m_consecutiveReopens; }
    QList<BreakerCall> window() const { return m_window.calls(); } // oldest first
    double failureRatePercent() const;
    double slowCallRatePercent() const;
    int availableHalfOpenPermits() const { return m_halfOpenPermits; }

    BreakerSnapshot snapshot();
    // Continues from a snapshot without emitting stateChanged (the state was not changed by a call).
    void restore(const BreakerSnapshot& snapshot);

Q_SIGNALS:
    // Only on a real transition (never from X to X).
    void stateChanged(vd::BreakerState from, vd::BreakerState to);

private:
    void record(bool failed, std::chrono::milliseconds latency);
    void trip();
    void transitionTo(BreakerState to);
    void clearCounts();
    bool rateReached(int count, int thresholdPercent) const;

    BreakerSettings m_settings;
    const Clock& m_clock;
    BreakerState m_state = BreakerState::Closed;
    BreakerWindow m_window;
    int m_consecutiveFailures = 0;
    int m_consecutiveReopens = 0;
    std::chrono::steady_clock::time_point m_openUntil{};
    int m_halfOpenPermits = 0;
    int m_halfOpenSuccesses = 0;
};

} // namespace vd
