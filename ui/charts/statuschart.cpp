#include "ui/charts/statuschart.h"

#include "ui/charts/statusbands.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <cmath>

namespace vd {

namespace {

constexpr std::array allStatuses{HealthStatus::Unknown, HealthStatus::Healthy, HealthStatus::Degraded,
                                 HealthStatus::Unhealthy};

} // namespace

StatusChart::StatusChart(QWidget* parent) : HistoryChartView(parent)
{
    m_rowAxis = new QCategoryAxis(chart());
    m_rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_rowAxis->setGridLineVisible(false);
    m_rowAxis->setStartValue(-0.5); // the bottom row's category starts at the range's bottom, not 0
    chart()->addAxis(m_rowAxis, Qt::AlignLeft);
    StatusBands::Palette palette;
    for (HealthStatus status : allStatuses) {
        // A legend entry only: an area series without points, in the status's colour.
        auto* entry = new QAreaSeries(chart());
        entry->setUpperSeries(new QLineSeries(entry));
        entry->setPen(Qt::NoPen);
        entry->setBrush(statusColour(status));
        chart()->addSeries(entry);
        entry->attachAxis(timeAxis());
        entry->attachAxis(m_rowAxis);
        m_legendEntries[size_t(status)] = entry;
        palette[size_t(status)] = statusColour(status);
    }
    m_bands = new StatusBands(chart(), timeAxis(), palette);
    connect(chart(), &QChart::plotAreaChanged, this, &StatusChart::measureOverhead);
    layoutRows();
    initialize();
}

QColor StatusChart::statusColour(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Unknown:
        return QColor(0x9e, 0x9e, 0x9e);
    case HealthStatus::Healthy:
        return QColor(0x43, 0xa0, 0x47);
    case HealthStatus::Degraded:
        return QColor(0xf9, 0xa8, 0x25);
    case HealthStatus::Unhealthy:
        break;
    }
    return QColor(0xe5, 0x39, 0x35);
}

QString StatusChart::statusLabel(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Unknown:
        return tr("Unknown");
    case HealthStatus::Healthy:
        return tr("Healthy");
    case HealthStatus::Degraded:
        return tr("Degraded");
    case HealthStatus::Unhealthy:
        break;
    }
    return tr("Unhealthy");
}

QRectF StatusChart::bandRect(const QString& provider) const
{
    return m_bands->bandRect(m_providers.indexOf(provider));
}

qreal StatusChart::xFor(qint64 ms) const
{
    return m_bands->xFor(ms);
}

void StatusChart::fitRows()
{
    // Qt Charts gives each row's name the plot height over the number of row boundaries, less
    // padding above and below, and cuts a name that does not fit to "...".
    constexpr int kLabelPadding = 5;
    QGraphicsTextItem name;
    name.setFont(m_rowAxis->labelsFont());
    name.setPlainText(QStringLiteral("Xg"));
    const int perRow = int(std::ceil(name.boundingRect().height())) + 2 * kLabelPadding + 1;
    const int plot = int(m_providers.size() + 1) * perRow;
    setMinimumHeight(m_overhead + plot);
}

void StatusChart::measureOverhead(const QRectF& plotArea)
{
    const int overhead = height() - int(plotArea.height());
    if (!isVisible() || overhead <= 0 || overhead == m_overhead)
        return;
    m_overhead = overhead;
    fitRows();
}

void StatusChart::syncProviders(const QStringList& providers)
{
    for (auto it = m_segments.begin(); it != m_segments.end();) {
        if (providers.contains(it.key()))
            ++it;
        else
            it = m_segments.erase(it);
    }
    m_providers = providers;
    layoutRows();
    fitRows(); // a row more or less: another minimum height
}

void StatusChart::layoutRows()
{
    for (const QString& label : m_rowAxis->categoriesLabels())
        m_rowAxis->remove(label);
    // The first provider on top: row y = n - 1 - index; categories must be added bottom-up.
    const qsizetype count = m_providers.size();
    for (qsizetype y = 0; y < count; ++y)
        m_rowAxis->append(m_providers.at(count - 1 - y), y + 0.5);
    m_rowAxis->setRange(-0.5, std::max<double>(0.5, count - 0.5));
}

void StatusChart::rebuildProvider(const QString& provider, const QList<ChartSample>& samples, qint64 fromMs,
                                  qint64 toMs, int buckets)
{
    if (m_providers.contains(provider))
        m_segments.insert(provider, statusSegments(samples, fromMs, toMs, buckets));
}

void StatusChart::finishRebuild()
{
    QList<QList<StatusSegment>> rows;
    rows.reserve(m_providers.size());
    for (const QString& provider : std::as_const(m_providers))
        rows.append(m_segments.value(provider));
    m_bands->setRows(std::move(rows)); // repaints: the time axis may have slid as well
}

void StatusChart::retranslate()
{
    chart()->setTitle(tr("Status over time"));
    timeAxis()->setTitleText(tr("Time"));
    for (HealthStatus status : allStatuses)
        m_legendEntries.at(size_t(status))->setName(statusLabel(status));
}

} // namespace vd
