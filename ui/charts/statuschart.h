#pragma once

#include "ui/charts/historychartview.h"

#include <QHash>

#include <array>

class QAreaSeries;
class QCategoryAxis;

namespace vd {

// Status over time: one row per provider, filled with the colour of its status (UNKNOWN grey,
// HEALTHY green, DEGRADED amber, UNHEALTHY red). Each row is four area series, one per status,
// whose upper edge rises to the band only where that status holds; a row's points are the
// status changes (see statusSegments), so even a day of history is a handful of points.
class StatusChart : public HistoryChartView
{
    Q_OBJECT
public:
    explicit StatusChart(QWidget* parent = nullptr);

    QAreaSeries* bandFor(const QString& provider, HealthStatus status) const;
    static QColor statusColour(HealthStatus status);
    static QString statusLabel(HealthStatus status);

protected:
    void syncProviders(const QStringList& providers) override;
    void rebuildProvider(const QString& provider, const QList<ChartSample>& samples, qint64 fromMs, qint64 toMs,
                         int buckets) override;
    void retranslate() override;

private:
    using Bands = std::array<QAreaSeries*, 4>; // indexed by HealthStatus

    void layoutRows();

    QCategoryAxis* m_rowAxis = nullptr;
    QStringList m_providers;
    QHash<QString, Bands> m_bands;
};

} // namespace vd
