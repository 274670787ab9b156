#include "ui/charts/responsetimechart.h"

#include "ui/charts/minmaxdecimation.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace vd {

ResponseTimeChart::ResponseTimeChart(QWidget* parent) : HistoryChartView(parent)
{
    m_latencyAxis = new QValueAxis(chart());
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis->setRange(0, 100);
    chart()->addAxis(m_latencyAxis, Qt::AlignLeft);
    // One entry per provider: nine names side by side below the plot get elided to nothing,
    // a column beside it keeps every name readable.
    chart()->legend()->setAlignment(Qt::AlignRight);
    timeAxis()->setTickCount(4); // the legend column takes width: fewer, unelided time labels
    initialize();
}

void ResponseTimeChart::setSampleKind(SampleKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    markAllDirty();
}

namespace {

// Ten clearly different colours (Tableau 10): the chart theme has five, so with all nine
// providers two lines would share a colour.
constexpr QRgb kPalette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                             0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

} // namespace

QHash<QString, QColor> ResponseTimeChart::providerColors(QStringList providers)
{
    // Each provider's colour follows from its name (a CRC of it picks the first choice), never
    // from the order providers turned up in, so a provider keeps its colour across restarts
    // (issue #17). Names in sorted order take the next free colour on a clash, so that up to
    // ten lines never share one.
    providers.sort();
    constexpr int size = int(std::size(kPalette));
    QList<bool> taken(size, false);
    QHash<QString, QColor> colors;
    for (const QString& provider : providers) {
        int slot = int(qChecksum(provider.toUtf8()) % size);
        // Past ten providers every colour is taken, and the first choice is shared.
        for (int tries = 0; taken[slot] && tries < size; ++tries)
            slot = (slot + 1) % size;
        taken[slot] = true;
        colors.insert(provider, QColor(kPalette[slot]));
    }
    return colors;
}

void ResponseTimeChart::syncProviders(const QStringList& providers)
{
    bool changed = false;
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (providers.contains(it.key())) {
            ++it;
            continue;
        }
        chart()->removeSeries(it.value());
        delete it.value();
        m_visibleMax.remove(it.key());
        it = m_series.erase(it);
        changed = true;
    }
    for (const QString& provider : providers) {
        if (m_series.contains(provider))
            continue;
        auto* series = new QLineSeries(chart());
        series->setName(provider);
        chart()->addSeries(series);
        series->attachAxis(timeAxis());
        series->attachAxis(m_latencyAxis);
        m_series.insert(provider, series);
        changed = true;
    }
    if (!changed) // called on every refresh; colours follow the set of providers only
        return;
    const QHash<QString, QColor> colors = providerColors(providers);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        it.value()->setColor(colors.value(it.key()));
}

void ResponseTimeChart::rebuildProvider(const QString& provider, const QList<ChartSample>& samples,
                                        qint64 fromMs, qint64 toMs, int buckets)
{
    QLineSeries* series = m_series.value(provider);
    if (!series)
        return;
    const auto first =
        std::lower_bound(samples.cbegin(), samples.cend(), fromMs,
                         [](const ChartSample& s, qint64 ms) { return s.time.toMSecsSinceEpoch() < ms; });
    QList<QPointF> points;
    points.reserve(samples.cend() - first);
    const bool probes = m_kind == SampleKind::Probes;
    for (auto it = first; it != samples.cend(); ++it) {
        if (it->probe == probes && std::isfinite(it->latencyMs))
            points.append(QPointF(double(it->time.toMSecsSinceEpoch()), it->latencyMs));
    }
    points = decimateMinMax(points, double(fromMs), double(toMs), buckets);
    double maxLatency = 0.0;
    for (const QPointF& p : std::as_const(points))
        maxLatency = std::max(maxLatency, p.y());
    m_visibleMax.insert(provider, maxLatency);
    series->replace(points);
}

void ResponseTimeChart::finishRebuild()
{
    double top = 0.0;
    for (double value : std::as_const(m_visibleMax))
        top = std::max(top, value);
    // Headroom above the highest point, rounded up to a round number of milliseconds.
    top = std::max(100.0, top * 1.1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    top = std::ceil(top / (magnitude / 2)) * (magnitude / 2);
    if (m_latencyAxis->max() != top)
        m_latencyAxis->setRange(0, top);
}

void ResponseTimeChart::retranslate()
{
    m_latencyAxis->setTitleText(tr("Milliseconds"));
    timeAxis()->setTitleText(tr("Time"));
}

} // namespace vd
