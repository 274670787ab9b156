#include "ui/health/healthchartfeed.h"

#include "core/resilience/healthmonitor.h"
#include "ui/charts/charthistory.h"

namespace vd {

HealthChartFeed::HealthChartFeed(HealthMonitor& monitor, ChartHistory& history, QObject* parent)
    : QObject(parent), m_monitor(monitor), m_history(history)
{
    connect(&m_monitor, &HealthMonitor::sampleAdded, this, &HealthChartFeed::appendNew);
}

ChartSample HealthChartFeed::toChartSample(const HealthSample& sample)
{
    // Failures keep their latency: the time until a timeout is a response time users care about.
    return ChartSample{sample.time, sample.latencyMs, sample.status, sample.ok(), sample.probe};
}

void HealthChartFeed::resync(const QStringList& providers)
{
    for (const QString& provider : providers) {
        const SampleRing& ring = m_monitor.history(provider);
        QList<ChartSample> samples;
        samples.reserve(ring.size());
        Cursor cursor;
        for (int i = 0; i < ring.size(); ++i) {
            const HealthSample& sample = ring.at(i);
            samples.append(toChartSample(sample));
            if (sample.time == cursor.newest) {
                ++cursor.copiedAtNewest;
            } else if (!cursor.newest.isValid() || cursor.newest < sample.time) {
                cursor.newest = sample.time;
                cursor.copiedAtNewest = 1;
            }
        }
        m_cursors.insert(provider, cursor);
        m_history.setHistory(provider, std::move(samples));
    }
}

void HealthChartFeed::appendNew(const QString& provider)
{
    const SampleRing& ring = m_monitor.history(provider);
    Cursor& cursor = m_cursors[provider];
    // Samples merged from another process older than the newest one shown are left out until
    // the next resync: the charts only ever grow at their right edge.
    int index = cursor.newest.isValid() ? ring.indexAtOrAfter(cursor.newest) : 0;
    int skipAtNewest = cursor.copiedAtNewest;
    for (; index < ring.size(); ++index) {
        const HealthSample& sample = ring.at(index);
        if (sample.time == cursor.newest) {
            if (skipAtNewest > 0) {
                --skipAtNewest;
                continue;
            }
            ++cursor.copiedAtNewest;
        } else {
            cursor.newest = sample.time;
            cursor.copiedAtNewest = 1;
            skipAtNewest = 0;
        }
        m_history.appendSample(provider, toChartSample(sample));
    }
}

} // namespace vd
