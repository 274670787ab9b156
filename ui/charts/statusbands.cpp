#include "ui/charts/statusbands.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QPainter>

namespace vd {

namespace {
constexpr qreal bandHalfHeight = 0.35; // rows are 1 apart: leaves a gap between providers
// Above the grid and the (empty) legend series, below the legend and axis labels, which lie
// outside the plot area anyway.
constexpr qreal bandsZValue = 6;
} // namespace

StatusBands::StatusBands(QChart* chart, QDateTimeAxis* timeAxis, const Palette& palette)
    : QGraphicsItem(chart), m_timeAxis(timeAxis), m_palette(palette), m_plot(chart->plotArea())
{
    setZValue(bandsZValue);
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [this](const QRectF& plot) { followPlotArea(plot); });
}

void StatusBands::followPlotArea(const QRectF& plot)
{
    prepareGeometryChange();
    m_plot = plot;
}

void StatusBands::setRows(QList<QList<StatusSegment>> rows)
{
    m_rows = std::move(rows);
    update();
}

StatusBands::TimeScale StatusBands::timeScale() const
{
    const qint64 from = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 to = m_timeAxis->max().toMSecsSinceEpoch();
    return {from, m_plot.left(), to > from ? m_plot.width() / qreal(to - from) : 0.0};
}

qreal StatusBands::xFor(qint64 ms) const
{
    return timeScale().x(ms);
}

QRectF StatusBands::bandRect(qsizetype row) const
{
    const qsizetype count = m_rows.size();
    if (row < 0 || row >= count)
        return {};
    const qreal rowHeight = m_plot.height() / qreal(count);
    const qreal centre = m_plot.top() + rowHeight * (qreal(row) + 0.5);
    return {m_plot.left(), centre - rowHeight * bandHalfHeight, m_plot.width(),
            2 * rowHeight * bandHalfHeight};
}

void StatusBands::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const TimeScale scale = timeScale();
    if (m_rows.isEmpty() || scale.pixelsPerMs <= 0 || m_plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_plot);
    painter->setPen(Qt::NoPen);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QRectF band = bandRect(row);
        for (const StatusSegment& segment : m_rows.at(row)) {
            const qreal left = scale.x(segment.fromMs);
            const qreal right = scale.x(segment.toMs);
            // At least one pixel wide: a brief outage must stay visible at any zoom.
            const QRectF rect(left, band.top(), std::max<qreal>(right - left, 1.0), band.height());
            painter->fillRect(rect, m_palette.at(size_t(segment.status)));
        }
    }
    painter->restore();
}

} // namespace vd
