#pragma once

#include "ui/charts/statussegments.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <array>

class QChart;
class QDateTimeAxis;

namespace vd {

// The rows of the status chart, painted straight into the chart's plot area: one filled
// rectangle per status segment. Qt Charts would draw each row as area-series polygons that it
// re-tessellates on every repaint (40-95 ms with nine flapping providers); a day of history is
// at most a few hundred rectangles per row, which paint in well under a millisecond.
//
// Row r of n (0 on top) fills the r-th of n equal stripes of the plot, matching a row axis ranged
// -0.5 .. n - 0.5; time runs along `timeAxis`. Both are linear, so the mapping is computed here.
class StatusBands : public QGraphicsItem
{
public:
    using Palette = std::array<QColor, 4>; // indexed by HealthStatus

    StatusBands(QChart* chart, QDateTimeAxis* timeAxis, const Palette& palette);

    // Rows from top to bottom, each its segments in time order.
    void setRows(QList<QList<StatusSegment>> rows);
    // The band of row `row` in the chart's coordinates (empty when there is no such row).
    QRectF bandRect(qsizetype row) const;
    // Where the time `ms` falls across the plot, in the chart's coordinates.
    qreal xFor(qint64 ms) const;

    QRectF boundingRect() const override { return m_plot; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    // The time axis's current range as a linear map onto the plot's x.
    struct TimeScale
    {
        qint64 fromMs = 0;
        qreal left = 0;
        qreal pixelsPerMs = 0;
        qreal x(qint64 ms) const { return left + qreal(ms - fromMs) * pixelsPerMs; }
    };
    TimeScale timeScale() const;
    void followPlotArea(const QRectF& plot);

    QDateTimeAxis* m_timeAxis;
    Palette m_palette;
    QRectF m_plot;
    QList<QList<StatusSegment>> m_rows;
};

} // namespace vd
