#pragma once

#include "ui/charts/chartsample.h"

#include <QList>

namespace vd {

// A stretch of time in one health status, for the status-over-time chart.
struct StatusSegment
{
    qint64 fromMs = 0; // milliseconds since the epoch
    qint64 toMs = 0;
    HealthStatus status = HealthStatus::Unknown;

    friend bool operator==(const StatusSegment&, const StatusSegment&) = default;
};

// The statuses of `samples` (sorted by time) over [fromMs, toMs] as runs, for `buckets` pixel
// columns: a status holds from its sample until the next one (the last until toMs); a column
// with several samples shows the worst of them (UNHEALTHY > DEGRADED > HEALTHY > UNKNOWN), so a
// brief outage never disappears when zoomed out; neighbouring columns of one status merge. At
// most `buckets` segments. Nothing is drawn before the first sample.
QList<StatusSegment> statusSegments(const QList<ChartSample>& samples, qint64 fromMs, qint64 toMs,
                                    int buckets);

// The ranking used above: higher is worse.
int statusSeverity(HealthStatus status);

} // namespace vd
