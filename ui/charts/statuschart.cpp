#include "ui/charts/statuschart.h"

#include "ui/charts/statussegments.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>

namespace vd {

namespace {

constexpr std::array allStatuses{HealthStatus::Unknown, HealthStatus::Healthy, HealthStatus::Degraded,
                                 HealthStatus::Unhealthy};
constexpr double bandHalfHeight = 0.35; // rows are 1 apart: leaves a gap between providers

} // namespace

StatusChart::StatusChart(QWidget* parent)
    : HistoryChartView(parent)
{
    m_rowAxis = new QCategoryAxis(chart());
    m_rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_rowAxis->setGridLineVisible(false);
    chart()->addAxis(m_rowAxis, Qt::AlignLeft);
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

QAreaSeries* StatusChart::bandFor(const QString& provider, HealthStatus status) const
{
    const auto it = m_bands.constFind(provider);
    return it == m_bands.cend() ? nullptr : it->at(size_t(status));
}

void StatusChart::syncProviders(const QStringList& providers)
{
    for (auto it = m_bands.begin(); it != m_bands.end();) {
        if (providers.contains(it.key())) {
            ++it;
            continue;
        }
        for (QAreaSeries* band : it.value()) {
            chart()->removeSeries(band);
            delete band;
        }
        it = m_bands.erase(it);
    }
    for (const QString& provider : providers) {
        if (m_bands.contains(provider))
            continue;
        Bands bands{};
        for (HealthStatus status : allStatuses) {
            auto* band = new QAreaSeries(chart());
            band->setUpperSeries(new QLineSeries(band));
            band->setLowerSeries(new QLineSeries(band));
            band->setPen(Qt::NoPen);
            band->setBrush(statusColour(status));
            band->setName(statusLabel(status));
            chart()->addSeries(band);
            band->attachAxis(timeAxis());
            band->attachAxis(m_rowAxis);
            bands[size_t(status)] = band;
        }
        m_bands.insert(provider, bands);
    }
    m_providers = providers;
    layoutRows();
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
    // One legend entry per status, not per provider and status.
    for (qsizetype i = 0; i < count; ++i) {
        for (QAreaSeries* band : m_bands.value(m_providers.at(i))) {
            for (QLegendMarker* marker : chart()->legend()->markers(band))
                marker->setVisible(i == 0);
        }
    }
}

void StatusChart::rebuildProvider(const QString& provider, const QList<ChartSample>& samples, qint64 fromMs,
                                  qint64 toMs, int buckets)
{
    const qsizetype index = m_providers.indexOf(provider);
    if (index < 0)
        return;
    const Bands bands = m_bands.value(provider);
    const double row = double(m_providers.size() - 1 - index);
    const double low = row - bandHalfHeight;
    const double high = row + bandHalfHeight;
    const QList<StatusSegment> segments = statusSegments(samples, fromMs, toMs, buckets);
    for (HealthStatus status : allStatuses) {
        // The upper edge runs along the band's bottom and rises over this status's segments.
        QList<QPointF> upper{{double(fromMs), low}};
        for (const StatusSegment& segment : segments) {
            if (segment.status != status)
                continue;
            upper.append({double(segment.fromMs), low});
            upper.append({double(segment.fromMs), high});
            upper.append({double(segment.toMs), high});
            upper.append({double(segment.toMs), low});
        }
        upper.append({double(toMs), low});
        QAreaSeries* band = bands.at(size_t(status));
        band->upperSeries()->replace(upper);
        band->lowerSeries()->replace({{double(fromMs), low}, {double(toMs), low}});
    }
}

void StatusChart::retranslate()
{
    chart()->setTitle(tr("Status over time"));
    timeAxis()->setTitleText(tr("Time"));
    for (const Bands& bands : std::as_const(m_bands)) {
        for (HealthStatus status : allStatuses)
            bands.at(size_t(status))->setName(statusLabel(status));
    }
}

} // namespace vd
