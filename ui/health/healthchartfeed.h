#pragma once

#include "core/resilience/healthsample.h"
#include "ui/charts/chartsample.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace vd {

class ChartHistory;
class HealthMonitor;

// Copies the health monitor's time series into the charts' ChartHistory: the whole saved past
// once (resync), then only what is new on each sampleAdded (the ring's tail after the newest
// sample already copied), so a sample costs O(1) and never a re-read of a day of history.
class HealthChartFeed : public QObject
{
    Q_OBJECT

public:
    HealthChartFeed(HealthMonitor& monitor, ChartHistory& history, QObject* parent = nullptr);

    // Replaces the charts' samples of `providers` (in this order) with the monitor's history.
    void resync(const QStringList& providers);

    static ChartSample toChartSample(const HealthSample& sample);

private:
    void appendNew(const QString& provider);

    struct Cursor
    {
        QDateTime newest;       // time of the newest sample copied
        int copiedAtNewest = 0; // how many samples with exactly that time were copied
    };

    HealthMonitor& m_monitor;
    ChartHistory& m_history;
    QHash<QString, Cursor> m_cursors;
};

} // namespace vd
