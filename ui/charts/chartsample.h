#pragma once

#include "core/model/providerkind.h"

#include <QDateTime>
#include <cmath>

namespace vd {

// One observation of a provider for the health charts: a call or a probe (which one it was), when it
// happened, how long it took and the provider's status after it. Neutral on purpose: the charts know nothing
// of the health monitor that produces these.
struct ChartSample
{
    QDateTime time;
    double latencyMs = std::nan(""); // NaN: no response time (e.g. a call rejected without a try)
    HealthStatus status = HealthStatus::Unknown;
    bool ok = false;
    bool probe = false; // an active health probe, not a real request
};

// Which samples a response-time chart draws. Probes and real requests take times of different
// orders (a 7 s transcription next to 200 ms probes): one line of both flattens the probes.
enum class SampleKind
{
    Probes,
    Requests
};

} // namespace vd
