#include "ui/charts/statussegments.h"

#include <algorithm>
#include <optional>

namespace vd {

int statusSeverity(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Unknown:
        return 0;
    case HealthStatus::Healthy:
        return 1;
    case HealthStatus::Degraded:
        return 2;
    case HealthStatus::Unhealthy:
        break;
    }
    return 3;
}

QList<StatusSegment> statusSegments(const QList<ChartSample>& samples, qint64 fromMs, qint64 toMs,
                                    int buckets)
{
    QList<StatusSegment> segments;
    if (buckets <= 0 || toMs <= fromMs)
        return segments;
    auto it = std::lower_bound(samples.cbegin(), samples.cend(), fromMs, [](const ChartSample& s, qint64 ms) {
        return s.time.toMSecsSinceEpoch() < ms;
    });
    // The status carried into the window from the last sample before it.
    std::optional<HealthStatus> current;
    if (it != samples.cbegin())
        current = std::prev(it)->status;

    const double width = double(toMs - fromMs) / buckets;
    for (int b = 0; b < buckets; ++b) {
        qint64 start = fromMs + qint64(b * width);
        const qint64 end = b + 1 == buckets ? toMs : fromMs + qint64((b + 1) * width);
        std::optional<HealthStatus> shown = current;
        if (it != samples.cend() && it->time.toMSecsSinceEpoch() == start)
            shown.reset(); // a sample right at the column's start: the carried status does not reach in
        for (; it != samples.cend() && it->time.toMSecsSinceEpoch() < end + (b + 1 == buckets ? 1 : 0);
             ++it) {
            if (!shown)
                start = it->time.toMSecsSinceEpoch(); // nothing carried in (first sample ever): start there
            if (!shown || statusSeverity(it->status) > statusSeverity(*shown))
                shown = it->status;
            current = it->status;
        }
        if (!shown)
            continue;
        if (!segments.isEmpty() && segments.last().status == *shown && segments.last().toMs == start)
            segments.last().toMs = end;
        else
            segments.append({start, end, *shown});
    }
    return segments;
}

} // namespace vd
