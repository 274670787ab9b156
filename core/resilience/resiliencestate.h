#pragma once

#include "core/config/resiliencesettings.h"
#include "core/model/clock.h"
#include "core/model/providererror.h"
#include "core/model/providerinfo.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/providerhealth.h"
#include "core/resilience/resilienceevent.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <memory>
#include <optional>

namespace vd {

// One provider's persisted resilience state: the breaker and the health record.
struct ProviderResilienceSnapshot
{
    BreakerSnapshot breaker;
    ProviderHealth health;
};

// The per-provider breakers and health records that the router, the health monitor, the GUI and
// the CLI share, and the single place outcomes are recorded: each record feeds the breaker, the
// health record and a journal of events that ResilienceStore merges into the shared state file.
// Providers appear on first use. Lives on one thread (the GUI's or the CLI's main thread).
class ResilienceState : public QObject
{
    Q_OBJECT

public:
    explicit ResilienceState(const BreakerSettings& breakerSettings = {},
                             const HealthSettings& healthSettings = {},
                             const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);
    ~ResilienceState() override;

    const Clock& clock() const { return m_clock; }
    const BreakerSettings& breakerSettings() const { return m_breakerSettings; }
    void setBreakerSettings(const BreakerSettings& settings);
    const HealthSettings& healthSettings() const { return m_healthSettings; }
    void setHealthSettings(const HealthSettings& settings);

    QStringList providers() const;
    CircuitBreaker* breaker(const QString& name);
    const ProviderHealth& health(const QString& name);

    // UNKNOWN/HEALTHY/DEGRADED/UNHEALTHY per PRODUCT.md §3.
    HealthStatus status(const QString& name);
    HealthInfo summary(const QString& name);

    // A routed call's outcome (nullopt error = success). Request faults count neither way;
    // cancellation only returns a half-open permit; auth/quota mark the provider as needing attention.
    // `invalidAudio`: the error is the router's verdict on a TTS answer's audio (silent, cut off,
    // ...); the health sample says so, for voicedeck_invalid_audio_total.
    void recordCall(const QString& name, const std::optional<ProviderError>& error,
                    std::chrono::milliseconds latency, bool invalidAudio = false);
    // An active probe's outcome: a success moves an OPEN breaker to HALF_OPEN early and clears
    // "needs attention" (the provider answers again); failures are health samples only. `wer`:
    // what a round-trip probe measured; over health.probe_wer_threshold it makes the provider DEGRADED.
    void recordProbe(const QString& name, const std::optional<ProviderError>& error,
                     std::chrono::milliseconds latency, std::optional<double> wer = std::nullopt);

    bool needsAttention(const QString& name);
    QString attentionReason(const QString& name);
    void markNeedsAttention(const QString& name, const QString& reason);
    // Settings or key changed, or the user reset the provider.
    void clearAttention(const QString& name);

    // Manual breaker controls; journaled so that other processes see them.
    void resetBreaker(const QString& name);
    void forceOpenBreaker(const QString& name);
    void disableBreaker(const QString& name);

    // Persistence (ResilienceStore). Events are journaled only while journaling is on (the store
    // turns it on), so a state that is never saved does not grow.
    void setJournaling(bool on);
    bool isJournaling() const { return m_journaling; }
    bool hasPendingEvents() const { return !m_journal.isEmpty(); }
    QList<ResilienceEvent> pendingEvents() const { return m_journal; }
    // Drops the first `count` journal events once they are safely in the file.
    void dropPendingEvents(int count);
    ProviderResilienceSnapshot snapshot(const QString& name);
    // Takes over `merged` (the shared file's view, which includes this process's written events),
    // then re-applies the events still pending. Emits the usual change signals.
    void adopt(const QString& name, const ProviderResilienceSnapshot& merged);
    // Applies one event to a breaker and health record (used for replay here and in the store).
    static void apply(const ResilienceEvent& event, CircuitBreaker& breaker, ProviderHealth& health);

Q_SIGNALS:
    void breakerStateChanged(const QString& name, vd::BreakerState from, vd::BreakerState to);
    // Status, counters, attention or breaker changed.
    void healthChanged(const QString& name);
    void sampleAdded(const QString& name);
    // The journal grew (ResilienceStore debounces saving on it).
    void eventsPending();

private:
    struct Entry
    {
        CircuitBreaker* breaker = nullptr;
        ProviderHealth health;
    };
    Entry& entry(const QString& name);
    void addSample(const QString& name, const std::optional<ProviderError>& error,
                   std::chrono::milliseconds latency, bool probe, bool invalidAudio = false,
                   std::optional<double> wer = std::nullopt);
    // Whether the provider's last round-trip probe makes it DEGRADED, and why (empty when not).
    bool poorQuality(const ProviderHealth& health) const;
    QString qualityProblem(const ProviderHealth& health) const;
    void journal(const QString& name, ResilienceEvent::Type type, qint64 latencyMs = 0,
                 const QString& text = {}, const HealthSample& sample = {});

    BreakerSettings m_breakerSettings;
    HealthSettings m_healthSettings;
    const Clock& m_clock;
    std::map<QString, std::unique_ptr<Entry>> m_entries;
    QList<ResilienceEvent> m_journal;
    bool m_journaling = false;
};

} // namespace vd
