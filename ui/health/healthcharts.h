#pragma once

#include "ui/charts/chartrange.h"
#include "ui/charts/chartsample.h"

#include <QTabWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace vd {

class ChartHistory;
class ResponseTimeChart;
class StatusChart;

// The Health page's two charts, one tab each so each gets the page's whole width (side by side,
// their axis and legend labels were cut at 800x600, issue #17): response time and status over
// time. Beside the tabs, "Show: Probes / Requests" picks what the response-time chart draws.
class HealthCharts : public QTabWidget
{
    Q_OBJECT

public:
    explicit HealthCharts(ChartHistory* history, QWidget* parent = nullptr);

    ResponseTimeChart* responseTimeChart() const { return m_responseChart; }
    StatusChart* statusChart() const { return m_statusChart; }

    void setRange(ChartRange range);
    SampleKind sampleKind() const;
    void setSampleKind(SampleKind kind);

private:
    void retranslate();

    ResponseTimeChart* m_responseChart = nullptr;
    StatusChart* m_statusChart = nullptr;
    QScrollArea* m_statusScroll = nullptr;
    QWidget* m_corner = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kindCombo = nullptr;
};

} // namespace vd
