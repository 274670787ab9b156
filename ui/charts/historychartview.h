#pragma once

#include "ui/charts/charthistory.h"
#include "ui/charts/chartrange.h"

#include <QChartView>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QDateTimeAxis;

namespace vd {

class Clock;

// What the health charts share: a ChartHistory to draw, a time axis over the chosen range ending
// now, and cheap updates. Changes are coalesced: samplesChanged only marks a provider dirty, and
// a single-shot timer (coalesceMs) rebuilds the dirty providers' series in one go, each decimated
// to the plot's pixel width and set with one QXYSeries::replace(). A slower timer slides the
// window forward when no samples arrive. No animations, no OpenGL.
class HistoryChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr int coalesceMs = 150;

    explicit HistoryChartView(QWidget* parent = nullptr);

    void setHistory(ChartHistory* history);
    ChartHistory* history() const { return m_history; }
    void setRange(ChartRange range);
    ChartRange range() const { return m_range; }
    // The source of "now" (the window's right edge); nullptr = the system clock.
    void setClock(const Clock* clock);

    // Pixel columns of the plot: series keep at most a few points per column.
    int bucketCount() const;
    bool hasPendingRefresh() const { return m_coalesce.isActive(); }
    // Applies pending changes now instead of waiting for the coalescing timer.
    void refreshNow();

signals:
    // The series were rebuilt from the history.
    void refreshed();

protected:
    // Make the chart's series match these providers (create, remove, order).
    virtual void syncProviders(const QStringList& providers) = 0;
    virtual void rebuildProvider(const QString& provider, const QList<ChartSample>& samples, qint64 fromMs,
                                 qint64 toMs, int buckets) = 0;
    // After a batch of rebuilds, e.g. to fit the value axis.
    virtual void finishRebuild() {}
    virtual void retranslate() = 0;

    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    // Subclasses call this at the end of their constructor.
    void initialize();
    // Rebuilds every provider's series soon (e.g. after a change of what is drawn).
    void markAllDirty();

    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void markDirty(const QString& provider);
    void updateSlideInterval();

    QPointer<ChartHistory> m_history;
    const Clock* m_clock = nullptr;
    ChartRange m_range = ChartRange::OneHour;
    QDateTimeAxis* m_timeAxis = nullptr;
    QSet<QString> m_dirty;
    bool m_providersDirty = true;
    QTimer m_coalesce;
    QTimer m_slide;
};

} // namespace vd
