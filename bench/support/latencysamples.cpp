#include "bench/support/latencysamples.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace vd::bench {

double LatencySamples::percentile(double p) const
{
    if (m_micros.isEmpty())
        return 0.0;
    QList<double> sorted = m_micros;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

void LatencySamples::report(benchmark::State& state, const char* prefix) const
{
    const std::string name(prefix);
    state.counters[name + "p50_us"] = median();
    state.counters[name + "p99_us"] = percentile(99.0);
    state.counters[name + "min_us"] = percentile(0.0);
}

} // namespace vd::bench
