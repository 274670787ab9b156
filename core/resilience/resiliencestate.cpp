#include "core/resilience/resiliencestate.h"

#include "core/corelog.h"

#include <QLocale>
#include <QSignalBlocker>

namespace vd {

using std::chrono::milliseconds;

ResilienceState::ResilienceState(const BreakerSettings& breakerSettings, const HealthSettings& healthSettings,
                                 const Clock& clock, QObject* parent)
    : QObject(parent), m_breakerSettings(breakerSettings), m_healthSettings(healthSettings), m_clock(clock)
{}

ResilienceState::~ResilienceState() = default;

void ResilienceState::setBreakerSettings(const BreakerSettings& settings)
{
    m_breakerSettings = settings;
    for (auto& [name, e] : m_entries)
        e->breaker->setSettings(settings);
}

void ResilienceState::setHealthSettings(const HealthSettings& settings)
{
    m_healthSettings = settings;
}

QStringList ResilienceState::providers() const
{
    QStringList names;
    for (const auto& [name, e] : m_entries)
        names.append(name);
    return names;
}

CircuitBreaker* ResilienceState::breaker(const QString& name)
{
    return entry(name).breaker;
}

const ProviderHealth& ResilienceState::health(const QString& name)
{
    return entry(name).health;
}

ResilienceState::Entry& ResilienceState::entry(const QString& name)
{
    auto it = m_entries.find(name);
    if (it != m_entries.end())
        return *it->second;
    auto e = std::make_unique<Entry>();
    e->breaker = new CircuitBreaker(m_breakerSettings, m_clock, this);
    connect(e->breaker, &CircuitBreaker::stateChanged, this,
            [this, name](BreakerState from, BreakerState to) {
                qCInfo(lcBreaker) << name << breakerStateName(from) << "->" << breakerStateName(to);
                Q_EMIT breakerStateChanged(name, from, to);
                Q_EMIT healthChanged(name);
            });
    return *m_entries.emplace(name, std::move(e)).first->second;
}

HealthStatus ResilienceState::status(const QString& name)
{
    Entry& e = entry(name);
    if (!e.health.attentionReason().isEmpty())
        return HealthStatus::Unhealthy;
    switch (e.breaker->state()) {
    case BreakerState::Open:
    case BreakerState::ForcedOpen:
        return HealthStatus::Unhealthy;
    case BreakerState::HalfOpen:
        return HealthStatus::Degraded;
    case BreakerState::Closed:
    case BreakerState::Disabled:
        break;
    }
    if (!e.health.hasOutcomes())
        return HealthStatus::Unknown;
    return e.health.recentTrouble(m_breakerSettings.slowCallMs) || poorQuality(e.health)
               ? HealthStatus::Degraded
               : HealthStatus::Healthy;
}

bool ResilienceState::poorQuality(const ProviderHealth& health) const
{
    const std::optional<HealthSample>& probe = health.lastQualityProbe();
    return probe && *probe->wer > m_healthSettings.probeWerThreshold;
}

QString ResilienceState::qualityProblem(const ProviderHealth& health) const
{
    if (!poorQuality(health))
        return {};
    const HealthSample& probe = *health.lastQualityProbe();
    return tr("the round-trip probe at %1 heard %2 % of the words wrong (health.probe_wer_threshold: %3 %)")
        .arg(QLocale().toString(probe.time.toLocalTime().time(), QLocale::ShortFormat))
        .arg(qRound(*probe.wer * 100))
        .arg(qRound(m_healthSettings.probeWerThreshold * 100));
}

HealthInfo ResilienceState::summary(const QString& name)
{
    HealthInfo info;
    info.status = status(name);
    const ProviderHealth& h = entry(name).health;
    info.attentionReason = h.attentionReason();
    info.lastCheck = h.lastCheck();
    info.failureCount = h.totalFailures();
    info.consecutiveFailures = h.consecutiveFailures();
    info.lastError = h.lastError();
    info.meanResponseMs = h.meanLatencyMs();
    if (const auto& probe = h.lastQualityProbe())
        info.probeWer = probe->wer;
    if (info.status == HealthStatus::Degraded)
        info.qualityProblem = qualityProblem(h);
    return info;
}

void ResilienceState::recordCall(const QString& name, const std::optional<ProviderError>& error,
                                 milliseconds latency, bool invalidAudio)
{
    CircuitBreaker* b = breaker(name);
    // A cancelled call has no outcome at all: not even a sample in the history.
    if (error && error->kind == ErrorKind::Cancelled) {
        b->onIgnored();
        return;
    }
    if (error && !countsAgainstProvider(error->kind)) {
        b->onIgnored();
    } else if (!error) {
        b->onSuccess(latency);
        journal(name, ResilienceEvent::Type::CallSucceeded, latency.count());
    } else {
        b->onFailure(latency);
        journal(name, ResilienceEvent::Type::CallFailed, latency.count());
    }
    addSample(name, error, latency, false, invalidAudio && error.has_value());
    if (!error && needsAttention(name))
        clearAttention(name);
    else if (error && vd::needsAttention(error->kind))
        markNeedsAttention(name, error->summary());
}

void ResilienceState::recordProbe(const QString& name, const std::optional<ProviderError>& error,
                                  milliseconds latency, std::optional<double> wer)
{
    if (error && error->kind == ErrorKind::Cancelled)
        return;
    if (!error) {
        breaker(name)->onProbeSuccess();
        journal(name, ResilienceEvent::Type::ProbeSucceeded);
    }
    addSample(name, error, latency, true, false, error ? std::nullopt : wer);
    if (!error && needsAttention(name))
        clearAttention(name);
    else if (error && vd::needsAttention(error->kind))
        markNeedsAttention(name, error->summary());
}

void ResilienceState::addSample(const QString& name, const std::optional<ProviderError>& error,
                                milliseconds latency, bool probe, bool invalidAudio,
                                std::optional<double> wer)
{
    Entry& e = entry(name);
    HealthSample sample;
    sample.time = m_clock.wallNow().toUTC();
    sample.latencyMs = double(latency.count());
    sample.probe = probe;
    sample.invalidAudio = invalidAudio;
    sample.wer = wer;
    if (error)
        sample.error = error->kind;
    const QString text = error ? error->summary() : QString();
    e.health.add(sample, text);
    sample.status = status(name);
    e.health.setLastStatus(sample.status);
    e.health.pruneBefore(sample.time.addSecs(-qint64(m_healthSettings.historyHours) * 3600));
    journal(name, ResilienceEvent::Type::Sample, 0, text, sample);
    Q_EMIT sampleAdded(name);
    Q_EMIT healthChanged(name);
}

bool ResilienceState::needsAttention(const QString& name)
{
    return !entry(name).health.attentionReason().isEmpty();
}

QString ResilienceState::attentionReason(const QString& name)
{
    return entry(name).health.attentionReason();
}

void ResilienceState::markNeedsAttention(const QString& name, const QString& reason)
{
    Entry& e = entry(name);
    const QString text = reason.isEmpty() ? tr("needs attention") : reason;
    if (e.health.attentionReason() == text)
        return;
    e.health.setAttention(text, m_clock.wallNow().toUTC());
    journal(name, ResilienceEvent::Type::AttentionSet, 0, text);
    Q_EMIT healthChanged(name);
}

void ResilienceState::clearAttention(const QString& name)
{
    Entry& e = entry(name);
    if (e.health.attentionReason().isEmpty())
        return;
    e.health.setAttention({}, m_clock.wallNow().toUTC());
    journal(name, ResilienceEvent::Type::AttentionCleared);
    Q_EMIT healthChanged(name);
}

void ResilienceState::resetBreaker(const QString& name)
{
    breaker(name)->reset();
    journal(name, ResilienceEvent::Type::BreakerReset);
}

void ResilienceState::forceOpenBreaker(const QString& name)
{
    breaker(name)->forceOpen();
    journal(name, ResilienceEvent::Type::BreakerForcedOpen);
}

void ResilienceState::disableBreaker(const QString& name)
{
    breaker(name)->disable();
    journal(name, ResilienceEvent::Type::BreakerDisabled);
}

void ResilienceState::setJournaling(bool on)
{
    m_journaling = on;
    if (!on)
        m_journal.clear();
}

void ResilienceState::dropPendingEvents(int count)
{
    m_journal.remove(0, std::min<qsizetype>(count, m_journal.size()));
}

ProviderResilienceSnapshot ResilienceState::snapshot(const QString& name)
{
    Entry& e = entry(name);
    return {e.breaker->snapshot(), e.health};
}

void ResilienceState::adopt(const QString& name, const ProviderResilienceSnapshot& merged)
{
    Entry& e = entry(name);
    const BreakerState before = e.breaker->state();
    const int samplesBefore = e.health.history().size();
    {
        const QSignalBlocker blocker(e.breaker);
        e.breaker->restore(merged.breaker);
        e.health = merged.health;
        for (const ResilienceEvent& event : std::as_const(m_journal)) {
            if (event.provider == name)
                apply(event, *e.breaker, e.health);
        }
        e.health.sortHistory();
    }
    const BreakerState after = e.breaker->state();
    if (after != before)
        Q_EMIT breakerStateChanged(name, before, after);
    if (e.health.history().size() != samplesBefore)
        Q_EMIT sampleAdded(name);
    Q_EMIT healthChanged(name);
}

void ResilienceState::apply(const ResilienceEvent& event, CircuitBreaker& breaker, ProviderHealth& health)
{
    using Type = ResilienceEvent::Type;
    switch (event.type) {
    case Type::CallSucceeded:
        breaker.onSuccess(milliseconds(event.latencyMs));
        break;
    case Type::CallFailed:
        breaker.onFailure(milliseconds(event.latencyMs));
        break;
    case Type::ProbeSucceeded:
        breaker.onProbeSuccess();
        break;
    case Type::Sample:
        health.add(event.sample, event.text);
        break;
    case Type::AttentionSet:
    case Type::AttentionCleared:
        // Whoever changed it last wins, whichever process that was.
        if (!health.attentionChangedAt().isValid() || event.time >= health.attentionChangedAt())
            health.setAttention(event.type == Type::AttentionSet ? event.text : QString(), event.time);
        break;
    case Type::BreakerReset:
        breaker.reset();
        break;
    case Type::BreakerForcedOpen:
        breaker.forceOpen();
        break;
    case Type::BreakerDisabled:
        breaker.disable();
        break;
    }
}

void ResilienceState::journal(const QString& name, ResilienceEvent::Type type, qint64 latencyMs,
                              const QString& text, const HealthSample& sample)
{
    if (!m_journaling)
        return;
    ResilienceEvent event;
    event.provider = name;
    event.type = type;
    event.time = m_clock.wallNow().toUTC();
    event.latencyMs = latencyMs;
    event.text = text;
    event.sample = sample;
    m_journal.append(event);
    Q_EMIT eventsPending();
}

} // namespace vd
