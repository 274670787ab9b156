#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace vd::cli {

// The numbers `bench` reports for one provider: latency percentiles (nearest rank) over the
// successful requests, errors counted by kind, and throughput over the provider's wall time.
class BenchStats
{
public:
    void addSuccess(double latencyMs) { m_latencies.append(latencyMs); }
    void addError(const QString& kind) { ++m_errors[kind]; }
    void setWallMs(double wallMs) { m_wallMs = wallMs; }

    int requests() const { return int(m_latencies.size()) + errorCount(); }
    int successes() const { return int(m_latencies.size()); }
    int errorCount() const;
    const QMap<QString, int>& errors() const { return m_errors; }
    // Nearest-rank percentile (q in (0, 1]) of the successful latencies; 0 without any.
    double percentile(double q) const;
    double meanMs() const;
    // Completed requests (successes and errors) per second of wall time.
    double throughput() const;
    double wallMs() const { return m_wallMs; }

    // {"requests", "ok", "errors": {"server": 3}, "latency_ms": {"p50", "p95", "p99", "mean", "min",
    //  "max"} (null values without a success), "wall_ms", "throughput_rps"}
    QJsonObject toJson() const;

private:
    QList<double> m_latencies;
    QMap<QString, int> m_errors;
    double m_wallMs = 0.0;
};

} // namespace vd::cli
