#pragma once

#include "ui/charts/historychartview.h"

#include <QColor>
#include <QHash>

class QLineSeries;
class QValueAxis;

namespace vd {

// Response time over time: one line per provider (milliseconds against the time axis), each
// min/max-decimated to the plot width so spikes stay visible in the 24-hour view. Draws either the
// probes or the real requests (sampleKind), never both on one scale.
class ResponseTimeChart : public HistoryChartView
{
    Q_OBJECT
public:
    explicit ResponseTimeChart(QWidget* parent = nullptr);

    QLineSeries* seriesFor(const QString& provider) const { return m_series.value(provider); }
    QValueAxis* latencyAxis() const { return m_latencyAxis; }
    SampleKind sampleKind() const { return m_kind; }
    void setSampleKind(SampleKind kind);
    // The line colour of each of `providers`: the same for a name whatever order they come in.
    static QHash<QString, QColor> providerColors(QStringList providers);

protected:
    void syncProviders(const QStringList& providers) override;
    void rebuildProvider(const QString& provider, const QList<ChartSample>& samples, qint64 fromMs,
                         qint64 toMs, int buckets) override;
    void finishRebuild() override;
    void retranslate() override;

private:
    QValueAxis* m_latencyAxis = nullptr;
    SampleKind m_kind = SampleKind::Requests;
    QHash<QString, QLineSeries*> m_series;
    QHash<QString, double> m_visibleMax; // per provider, to fit the value axis
};

} // namespace vd
