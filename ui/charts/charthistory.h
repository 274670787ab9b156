#pragma once

#include "ui/charts/chartsample.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <chrono>

class QIODevice;

namespace vd {

// The samples behind the health charts, per provider, in time order: what the response-time and
// status charts draw and what "Export CSV" writes. Fed by whoever watches provider health, via
// appendSample() as calls happen and setHistory() for the saved past. Keeps `maxAge` (default
// 24 h) before each provider's newest sample and drops older ones.
class ChartHistory : public QObject
{
    Q_OBJECT
public:
    explicit ChartHistory(QObject* parent = nullptr);

    void appendSample(const QString& provider, const ChartSample& sample);
    void setHistory(const QString& provider, QList<ChartSample> samples);
    void removeProvider(const QString& provider);
    void clear();

    // In the order they were first seen (the feeder decides, e.g. priority order).
    QStringList providers() const { return m_providers; }
    QList<ChartSample> samples(const QString& provider) const { return m_samples.value(provider); }
    qsizetype sampleCount() const;

    void setMaxAge(std::chrono::milliseconds maxAge);
    std::chrono::milliseconds maxAge() const { return m_maxAge; }

    // CSV with a header row: provider,time,latency_ms,status,ok — time in ISO 8601 UTC with
    // milliseconds, latency empty when unknown, status as in PRODUCT.md (HEALTHY...), ok
    // true/false; providers in order, samples by time. Returns false when writing failed
    // (the device's errorString() says why).
    bool exportCsv(QIODevice* device) const;

signals:
    // A provider was added or removed.
    void providersChanged();
    // The provider's samples changed (appended, replaced or pruned).
    void samplesChanged(const QString& provider);

private:
    void ensureProvider(const QString& provider);
    void prune(QList<ChartSample>& samples) const;

    QStringList m_providers;
    QHash<QString, QList<ChartSample>> m_samples;
    std::chrono::milliseconds m_maxAge = std::chrono::hours(24) + std::chrono::minutes(5);
};

} // namespace vd
