#pragma once

#include "ui/charts/historychartview.h"
#include "ui/charts/statussegments.h"

#include <QHash>
#include <array>

class QAreaSeries;
class QCategoryAxis;

namespace vd {

class StatusBands;

// Status over time: one row per provider, filled with the colour of its status (UNKNOWN grey,
// HEALTHY green, DEGRADED amber, UNHEALTHY red). A row is its status changes (statusSegments:
// at most one per pixel column), painted as rectangles by StatusBands; the four series of the
// chart hold no points and only give the legend its entries. Its minimum height gives every
// row's name room to show whole (Qt Charts cuts a name with too little room to "...").
class StatusChart : public HistoryChartView
{
    Q_OBJECT
public:
    explicit StatusChart(QWidget* parent = nullptr);

    // What the row of `provider` shows, in time order (empty for an unknown provider).
    QList<StatusSegment> segmentsFor(const QString& provider) const { return m_segments.value(provider); }
    // The band of `provider`'s row and the x of a time on it, in the chart's coordinates.
    QRectF bandRect(const QString& provider) const;
    qreal xFor(qint64 ms) const;

    static QColor statusColour(HealthStatus status);
    static QString statusLabel(HealthStatus status);

protected:
    void syncProviders(const QStringList& providers) override;
    void rebuildProvider(const QString& provider, const QList<ChartSample>& samples, qint64 fromMs,
                         qint64 toMs, int buckets) override;
    void finishRebuild() override;
    void retranslate() override;

private:
    void layoutRows();
    void measureOverhead(const QRectF& plotArea);
    // Sets the minimum height (not a hint: a scroll area above hears of a resize, not of a hint).
    void fitRows();

    QCategoryAxis* m_rowAxis = nullptr;
    StatusBands* m_bands = nullptr;
    std::array<QAreaSeries*, 4> m_legendEntries{}; // indexed by HealthStatus
    QStringList m_providers;
    int m_overhead = 120; // the chart's height around the plot: time axis, legend, margins
    QHash<QString, QList<StatusSegment>> m_segments;
};

} // namespace vd
