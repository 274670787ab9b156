#include "app/cli/metrics/sampletally.h"

#include "core/resilience/healthsample.h"

namespace vd::cli {

QString SampleTally::typeOf(const HealthSample& sample)
{
    return sample.probe ? QStringLiteral("probe") : QStringLiteral("call");
}

const QList<double>& SampleTally::bucketBounds()
{
    // From a fast local engine to a slow cloud answer near the default 30 s attempt timeout.
    static const QList<double> bounds{0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0};
    return bounds;
}

void SampleTally::add(const HealthSample& sample)
{
    const QString type = typeOf(sample);
    const QString outcome = sample.error ? errorKindName(*sample.error) : QStringLiteral("ok");
    ++m_counts[{type, outcome}];
    if (sample.invalidAudio)
        ++m_invalidAudio;
    Histogram& histogram = m_histograms[type];
    const QList<double>& bounds = bucketBounds();
    if (histogram.buckets.isEmpty())
        histogram.buckets.resize(bounds.size() + 1);
    const double seconds = sample.latencyMs / 1000.0;
    qsizetype bucket = 0;
    while (bucket < bounds.size() && seconds > bounds.at(bucket))
        ++bucket;
    ++histogram.buckets[bucket];
    histogram.sumSeconds += seconds;
    ++histogram.count;
}

} // namespace vd::cli
