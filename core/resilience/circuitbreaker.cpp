#include "core/resilience/circuitbreaker.h"

#include "core/corelog.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace vd {

using std::chrono::milliseconds;

ProviderError BreakerPermit::error(const QString& provider) const
{
    QString message;
    if (state == BreakerState::ForcedOpen) {
        message = QCoreApplication::translate("vd::CircuitBreaker",
                                              "%1 was switched off by hand (circuit forced open); "
                                              "reset its breaker to use it again.")
                      .arg(provider);
    } else if (state == BreakerState::HalfOpen) {
        message = QCoreApplication::translate("vd::CircuitBreaker",
                                              "%1 is being tested after failures (circuit half-open) and "
                                              "its trial calls are taken; try again in a moment.")
                      .arg(provider);
    } else {
        message =
            QCoreApplication::translate("vd::CircuitBreaker",
                                        "%1 failed repeatedly and is paused (circuit open) until %2; "
                                        "it will be tried again then, or reset its breaker.")
                .arg(provider,
                     openUntil.value_or(QDateTime()).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    return ProviderError::make(ErrorKind::CircuitOpen, message);
}

CircuitBreaker::CircuitBreaker(const BreakerSettings& settings, const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock)
{
    setSettings(settings);
}

void CircuitBreaker::setSettings(const BreakerSettings& settings)
{
    m_settings = settings;
    m_settings.windowCalls = std::max(1, m_settings.windowCalls);
    m_settings.halfOpenCalls = std::max(1, m_settings.halfOpenCalls);
    m_settings.openBackoffMultiplier = std::max(1.0, m_settings.openBackoffMultiplier);
    m_window.setCapacity(m_settings.windowCalls);
}

BreakerState CircuitBreaker::state()
{
    if (m_state == BreakerState::Open && m_clock.now() >= m_openUntil)
        transitionTo(BreakerState::HalfOpen);
    return m_state;
}

BreakerPermit CircuitBreaker::tryAcquire()
{
    BreakerPermit permit;
    permit.state = state();
    switch (permit.state) {
    case BreakerState::Closed:
    case BreakerState::Disabled:
        permit.granted = true;
        break;
    case BreakerState::HalfOpen:
        if (m_halfOpenPermits > 0) {
            --m_halfOpenPermits;
            permit.granted = true;
        }
        break;
    case BreakerState::Open:
        permit.retryIn = remainingOpenTime();
        permit.openUntil = openUntil();
        break;
    case BreakerState::ForcedOpen:
        break;
    }
    return permit;
}

void CircuitBreaker::onSuccess(milliseconds latency)
{
    const BreakerState current = state();
    if (current == BreakerState::HalfOpen) {
        if (++m_halfOpenSuccesses >= m_settings.halfOpenCalls) {
            m_consecutiveReopens = 0; // a successful close ends the backoff growth
            transitionTo(BreakerState::Closed);
        }
    } else if (current == BreakerState::Closed) {
        record(false, latency);
    }
}

void CircuitBreaker::onFailure(milliseconds latency)
{
    const BreakerState current = state();
    if (current == BreakerState::HalfOpen) {
        ++m_consecutiveReopens;
        trip();
    } else if (current == BreakerState::Closed) {
        record(true, latency);
    }
}

void CircuitBreaker::onIgnored()
{
    if (state() == BreakerState::HalfOpen)
        m_halfOpenPermits = std::min(m_halfOpenPermits + 1, m_settings.halfOpenCalls - m_halfOpenSuccesses);
}

void CircuitBreaker::onProbeSuccess()
{
    if (state() == BreakerState::Open)
        transitionTo(BreakerState::HalfOpen);
}

void CircuitBreaker::reset()
{
    m_consecutiveReopens = 0;
    clearCounts();
    transitionTo(BreakerState::Closed);
}

void CircuitBreaker::forceOpen()
{
    transitionTo(BreakerState::ForcedOpen);
}

void CircuitBreaker::disable()
{
    transitionTo(BreakerState::Disabled);
}

milliseconds CircuitBreaker::remainingOpenTime()
{
    if (state() != BreakerState::Open)
        return milliseconds{0};
    return std::chrono::ceil<milliseconds>(m_openUntil - m_clock.now());
}

QDateTime CircuitBreaker::openUntil()
{
    const milliseconds remaining = remainingOpenTime();
    if (m_state != BreakerState::Open)
        return {};
    return m_clock.wallNow().addMSecs(remaining.count());
}

milliseconds CircuitBreaker::nextOpenDuration() const
{
    const double seconds =
        m_settings.openSeconds * std::pow(m_settings.openBackoffMultiplier, m_consecutiveReopens);
    const double capped =
        m_settings.openSecondsMax > 0 ? std::min(seconds, double(m_settings.openSecondsMax)) : seconds;
    return milliseconds(qint64(std::llround(std::max(0.0, capped) * 1000.0)));
}

double CircuitBreaker::failureRatePercent() const
{
    return m_window.isEmpty() ? 0.0 : 100.0 * double(m_window.failed()) / double(m_window.size());
}

double CircuitBreaker::slowCallRatePercent() const
{
    return m_window.isEmpty() ? 0.0 : 100.0 * double(m_window.slow()) / double(m_window.size());
}

BreakerSnapshot CircuitBreaker::snapshot()
{
    BreakerSnapshot snapshot;
    snapshot.state = state();
    snapshot.openUntil = openUntil();
    snapshot.consecutiveReopens = m_consecutiveReopens;
    snapshot.consecutiveFailures = m_consecutiveFailures;
    snapshot.window = m_window.calls();
    return snapshot;
}

void CircuitBreaker::restore(const BreakerSnapshot& snapshot)
{
    m_state = snapshot.state;
    m_consecutiveReopens = std::max(0, snapshot.consecutiveReopens);
    m_consecutiveFailures = std::max(0, snapshot.consecutiveFailures);
    m_window.assign(snapshot.window);
    m_halfOpenPermits = m_settings.halfOpenCalls;
    m_halfOpenSuccesses = 0;
    if (m_state == BreakerState::Open) {
        // A state file may claim any date: no circuit stays open longer than open_seconds_max (and
        // a date centuries away would overflow the steady clock's nanoseconds; found by fuzzing).
        const qint64 longestMs = qint64(std::max(m_settings.openSecondsMax, m_settings.openSeconds)) * 1000;
        const qint64 remainingMs =
            std::clamp<qint64>(m_clock.wallNow().msecsTo(snapshot.openUntil), 0, longestMs);
        m_openUntil = m_clock.now() + milliseconds(remainingMs);
    }
}

void CircuitBreaker::record(bool failed, milliseconds latency)
{
    const bool slow = m_settings.slowCallMs > 0 && latency.count() >= m_settings.slowCallMs;
    m_window.push({failed, slow});
    m_consecutiveFailures = failed ? m_consecutiveFailures + 1 : 0;

    const bool consecutive =
        m_settings.consecutiveFailures > 0 && m_consecutiveFailures >= m_settings.consecutiveFailures;
    if (consecutive || rateReached(m_window.failed(), m_settings.failureRatePercent) ||
        rateReached(m_window.slow(), m_settings.slowCallRatePercent)) {
        trip();
    }
}

bool CircuitBreaker::rateReached(int count, int thresholdPercent) const
{
    const int required = std::max(1, std::min(m_settings.minimumCalls, m_settings.windowCalls));
    if (thresholdPercent <= 0 || m_window.size() < required)
        return false;
    return count * 100 >= thresholdPercent * m_window.size();
}

void CircuitBreaker::trip()
{
    const milliseconds duration = nextOpenDuration();
    m_openUntil = m_clock.now() + duration;
    qCInfo(lcBreaker) << "circuit opens for" << duration.count() << "ms after" << m_consecutiveFailures
                      << "consecutive failures, re-open" << m_consecutiveReopens;
    transitionTo(BreakerState::Open);
}

void CircuitBreaker::transitionTo(BreakerState to)
{
    if (to == BreakerState::Closed || to == BreakerState::Open)
        clearCounts();
    if (to == BreakerState::HalfOpen) {
        m_halfOpenPermits = m_settings.halfOpenCalls;
        m_halfOpenSuccesses = 0;
    }
    if (m_state == to)
        return;
    const BreakerState from = m_state;
    m_state = to;
    Q_EMIT stateChanged(from, to);
}

void CircuitBreaker::clearCounts()
{
    m_window.clear();
    m_consecutiveFailures = 0;
    m_halfOpenPermits = 0;
    m_halfOpenSuccesses = 0;
}

} // namespace vd
