#pragma once

#include <QList>
#include <benchmark/benchmark.h>
#include <chrono>

namespace vd::bench {

// Per-request latencies of one benchmark, and the percentiles the report needs. Google Benchmark
// itself reports means; latency is judged by its median and tail, so every sample is kept.
class LatencySamples
{
public:
    void reserve(int count) { m_micros.reserve(count); }
    void add(std::chrono::nanoseconds elapsed) { m_micros.append(double(elapsed.count()) / 1000.0); }
    void addMicros(double micros) { m_micros.append(micros); }
    int size() const { return int(m_micros.size()); }

    // Nearest-rank percentile in microseconds (p in [0, 100]); 0 with no samples.
    double percentile(double p) const;
    double median() const { return percentile(50.0); }

    // p50_us, p99_us (and min_us) as benchmark counters named `prefix` + "p50_us", ...
    void report(benchmark::State& state, const char* prefix = "") const;

private:
    QList<double> m_micros;
};

} // namespace vd::bench
