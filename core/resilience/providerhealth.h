#pragma once

#include "core/resilience/samplering.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vd {

// Response-time statistics over the most recent successful calls and probes.
struct LatencyStats
{
    int count = 0;
    double meanMs = 0.0;
    double p50Ms = 0.0;
    double p95Ms = 0.0;
    double p99Ms = 0.0;
};

// One provider's health record: counters, the "needs attention" mark, the rolling latency window
// and the time series. It knows nothing about breakers; HealthMonitor combines both into a status.
class ProviderHealth
{
public:
    static constexpr int kLatencyWindow = 100; // calls the percentiles are taken over
    static constexpr int kRecentWindow = 10;   // samples that decide "recent trouble" (DEGRADED)
    static constexpr int kHistoryCapacity = 10000;

    ProviderHealth();

    // Adds a sample and updates the counters; `errorText` is the error's summary for failures.
    void add(const HealthSample& sample, const QString& errorText);
    void pruneBefore(const QDateTime& cutoff);
    // Restores time order after samples from another process were added out of order.
    void sortHistory();
    // The status a sample records is only known after the sample itself was counted.
    void setLastStatus(HealthStatus status);

    const SampleRing& history() const { return m_history; }
    LatencyStats latency() const;
    // latency().meanMs without sorting the window: the summary that every call refreshes needs only this.
    double meanLatencyMs() const;
    // A failure or slow success among the last kRecentWindow counted samples.
    bool recentTrouble(int slowCallMs) const;
    bool hasOutcomes() const { return m_totalCalls > 0; }
    // The newest probe in the history, when that probe measured a word error rate (a round trip):
    // a later probe that did not clears it, as does the probe leaving the history.
    const std::optional<HealthSample>& lastQualityProbe() const { return m_lastQualityProbe; }

    int totalCalls() const { return m_totalCalls; }
    int totalFailures() const { return m_totalFailures; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    const QString& lastError() const { return m_lastError; }
    const QDateTime& lastCheck() const { return m_lastCheck; }

    const QString& attentionReason() const { return m_attentionReason; }
    const QDateTime& attentionChangedAt() const { return m_attentionChangedAt; }
    void setAttention(const QString& reason, const QDateTime& at);

    // The record as compact JSON text for the state file, the history written straight into the
    // bytes; toJson() is that text parsed back, for callers that want the object.
    QByteArray toJsonText() const;
    QJsonObject toJson() const;
    static std::optional<ProviderHealth> fromJson(const QJsonObject& json);

private:
    void findLastQualityProbe();

    SampleRing m_history;
    std::optional<HealthSample> m_lastQualityProbe;
    QList<double> m_latencies; // last kLatencyWindow successful latencies, oldest first
    int m_totalCalls = 0;
    int m_totalFailures = 0;
    int m_consecutiveFailures = 0;
    QString m_lastError;
    QDateTime m_lastCheck;
    QString m_attentionReason;
    QDateTime m_attentionChangedAt;
};

} // namespace vd
