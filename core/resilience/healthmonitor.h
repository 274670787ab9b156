#pragma once

#include "core/model/providerinfo.h"
#include "core/resilience/providerdirectory.h"
#include "core/resilience/providerhealth.h"
#include "core/resilience/requestrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>

namespace vd {

class ProbeJob;
class ResilienceState;

// Health of every provider (PRODUCT.md §3): status, counters and latency statistics read from the
// shared ResilienceState, and active probes. probeAll() starts every eligible probe at once and
// reports each result as it comes. Automatic probing runs every `probe_interval_seconds` ± 10 %
// jitter (so several processes do not probe in step) and skips providers that are not
// configured, disabled, or need attention; an explicit probe(name) (the "Test" button) runs
// anyway, and its success clears "needs attention". Automatic probes of a provider with a probe
// budget (metered APIs) stop when the budget is spent, saying so through probeSkipped(). A
// provider whose `quality_probe` setting is on gets a round trip (RoundTripProbeJob) that also
// measures the word error rate; over health.probe_wer_threshold it makes the provider DEGRADED.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    HealthMonitor(ResilienceState& state, ProviderDirectory& directory, QObject* parent = nullptr);
    ~HealthMonitor() override;

    HealthStatus status(const QString& name);
    HealthInfo summary(const QString& name);
    LatencyStats latency(const QString& name);
    // The time series, read in place; SampleRing::since() gives a chart only what is new.
    const SampleRing& history(const QString& name);
    QList<HealthSample> samplesSince(const QString& name, const QDateTime& since);
    void clearAttention(const QString& name);

    void probeAll();
    // Returns false when the provider is unknown or cannot be probed (its error then comes
    // through probeFinished(name, false) and the health record).
    bool probe(const QString& name);
    // Why an automatic probe of `candidate` must wait ("probe budget of 20/day used"); nullopt
    // when one may run. Explicit probes run anyway (and spend from the budget).
    std::optional<QString> probeBudgetExhausted(const RouteCandidate& candidate);
    bool isProbing(const QString& name) const { return m_inFlight.contains(name); }
    int probesInFlight() const { return int(m_inFlight.size()); }

    void startProbing();
    void stopProbing();
    bool isProbingScheduled() const { return m_timer.isActive(); }
    std::chrono::milliseconds nextProbeDelay() const;

    // Uniform values in [0, 1) for the interval jitter (tests make it deterministic).
    void setJitterSource(std::function<double()> random) { m_random = std::move(random); }

Q_SIGNALS:
    void healthChanged(const QString& name);
    void sampleAdded(const QString& name);
    // A probe began (probesInFlight() counts it); probeFinished() follows.
    void probeStarted(const QString& name);
    void probeFinished(const QString& name, bool ok);
    // An automatic probe did not run because the provider's probe budget is spent.
    void probeSkipped(const QString& name, const QString& reason);
    // Every probe that ran, for the request history (operation "probe").
    void probeRecorded(const vd::RequestRecord& record);
    // The latest summary, for the registry's ProviderInfo::health.
    void summaryChanged(const QString& name, const vd::HealthInfo& info);

private:
    // The provider's own probe, or a round trip when its `quality_probe` setting asks for one.
    ProbeJob* makeProbe(const RouteCandidate& candidate);
    // Who listens to a TTS round trip; null when no STT provider can.
    std::shared_ptr<SpeechToTextProvider> recogniser();
    void startProbe(const QString& name, ProbeJob* job);
    void scheduleNext();

    ResilienceState& m_state;
    ProviderDirectory& m_directory;
    QHash<QString, QPointer<ProbeJob>> m_inFlight;
    QTimer m_timer;
    std::function<double()> m_random;
};

} // namespace vd
