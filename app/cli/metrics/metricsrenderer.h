#pragma once

#include "app/cli/metrics/sampletally.h"
#include "core/model/providerkind.h"
#include "core/resilience/breakerstate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vd::cli {

// What `monitor` knows about one provider at scrape time.
struct ProviderMetrics
{
    QString provider;
    ProviderCategory category = ProviderCategory::Stt;
    bool enabled = false;
    bool configured = false;
    HealthStatus status = HealthStatus::Unknown;
    BreakerState breaker = BreakerState::Closed;
    double openRemainingSeconds = 0.0;
    int consecutiveFailures = 0;
    std::optional<double> probeWer; // the last round-trip probe's word error rate, when measured
    SampleTally tally;
};

// Renders provider metrics in the Prometheus text exposition format 0.0.4 (every family with
// its HELP and TYPE lines, names prefixed voicedeck_, label values escaped), for /metrics.
class MetricsRenderer
{
public:
    static QByteArray contentType() { return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"); }
    static QByteArray render(const QList<ProviderMetrics>& providers);
};

} // namespace vd::cli
