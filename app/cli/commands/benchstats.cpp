#include "app/cli/commands/benchstats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vd::cli {

int BenchStats::errorCount() const
{
    return std::accumulate(m_errors.cbegin(), m_errors.cend(), 0);
}

double BenchStats::percentile(double q) const
{
    if (m_latencies.isEmpty())
        return 0.0;
    QList<double> sorted = m_latencies;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double BenchStats::meanMs() const
{
    if (m_latencies.isEmpty())
        return 0.0;
    return std::accumulate(m_latencies.cbegin(), m_latencies.cend(), 0.0) / double(m_latencies.size());
}

double BenchStats::throughput() const
{
    return m_wallMs > 0 ? double(requests()) * 1000.0 / m_wallMs : 0.0;
}

QJsonObject BenchStats::toJson() const
{
    QJsonObject errors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        errors.insert(it.key(), it.value());
    const bool any = !m_latencies.isEmpty();
    const auto value = [any](double v) { return any ? QJsonValue(v) : QJsonValue(); };
    QJsonObject latency{
        {QStringLiteral("p50"), value(percentile(0.50))},
        {QStringLiteral("p95"), value(percentile(0.95))},
        {QStringLiteral("p99"), value(percentile(0.99))},
        {QStringLiteral("mean"), value(meanMs())},
        {QStringLiteral("min"),
         value(any ? *std::min_element(m_latencies.cbegin(), m_latencies.cend()) : 0.0)},
        {QStringLiteral("max"),
         value(any ? *std::max_element(m_latencies.cbegin(), m_latencies.cend()) : 0.0)},
    };
    return QJsonObject{
        {QStringLiteral("requests"), requests()}, {QStringLiteral("ok"), successes()},
        {QStringLiteral("errors"), errors},       {QStringLiteral("latency_ms"), latency},
        {QStringLiteral("wall_ms"), m_wallMs},    {QStringLiteral("throughput_rps"), throughput()}};
}

} // namespace vd::cli
