#include "ui/charts/historychartview.h"

#include "core/model/clock.h"
#include "ui/uilog.h"

#include <QDateTimeAxis>
#include <QElapsedTimer>

namespace vd {

HistoryChartView::HistoryChartView(QWidget* parent) : QChartView(parent), m_clock(&SystemClock::instance())
{
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    m_timeAxis = new QDateTimeAxis(chart());
    m_timeAxis->setTickCount(7);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &HistoryChartView::refreshNow);
    connect(&m_slide, &QTimer::timeout, this, &HistoryChartView::markAllDirty);
}

void HistoryChartView::initialize()
{
    retranslate();
    updateSlideInterval();
    markAllDirty();
}

void HistoryChartView::setHistory(ChartHistory* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        connect(history, &ChartHistory::samplesChanged, this, &HistoryChartView::markDirty);
        connect(history, &ChartHistory::providersChanged, this, [this] {
            m_providersDirty = true;
            markAllDirty();
        });
    }
    m_providersDirty = true;
    markAllDirty();
}

void HistoryChartView::setRange(ChartRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    updateSlideInterval();
    markAllDirty();
}

void HistoryChartView::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    markAllDirty();
}

int HistoryChartView::bucketCount() const
{
    int width = int(chart()->plotArea().width());
    if (!isVisible() || width < 10) // not laid out: estimate from the widget
        width = this->width() - 80;
    return std::clamp(width, 50, 4000);
}

void HistoryChartView::markDirty(const QString& provider)
{
    m_dirty.insert(provider);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void HistoryChartView::markAllDirty()
{
    if (m_history) {
        for (const QString& provider : m_history->providers())
            m_dirty.insert(provider);
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void HistoryChartView::updateSlideInterval()
{
    // Move the window about one pixel column at a time, but not more than once a second.
    const qint64 perColumn = chartRangeDuration(m_range).count() / bucketCount();
    m_slide.start(int(std::clamp<qint64>(perColumn, 1000, 60000)));
}

void HistoryChartView::refreshNow()
{
    m_coalesce.stop();
    QElapsedTimer timer;
    timer.start();
    const QStringList providers = m_history ? m_history->providers() : QStringList();
    if (m_providersDirty) {
        syncProviders(providers);
        m_providersDirty = false;
    }
    const QDateTime now = m_clock->wallNow();
    const qint64 toMs = now.toMSecsSinceEpoch();
    const qint64 fromMs = toMs - chartRangeDuration(m_range).count();
    m_timeAxis->setFormat(m_range == ChartRange::FiveMinutes ? QStringLiteral("HH:mm:ss")
                                                             : QStringLiteral("HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), now);
    const int buckets = bucketCount();
    int rebuilt = 0;
    for (const QString& provider : providers) {
        if (!m_dirty.contains(provider))
            continue;
        rebuildProvider(provider, m_history->samples(provider), fromMs, toMs, buckets);
        ++rebuilt;
    }
    m_dirty.clear();
    finishRebuild();
    qCDebug(lcUiCharts) << metaObject()->className() << "rebuilt" << rebuilt << "series over" << buckets
                        << "columns in" << timer.elapsed() << "ms";
    emit refreshed();
}

void HistoryChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updateSlideInterval();
    markAllDirty(); // the pixel width, and with it the decimation, changed
}

void HistoryChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace vd
