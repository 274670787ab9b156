#pragma once

#include "core/suites/providersummary.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

namespace vd {

// The per-provider summary of a suite run as two bar charts side by side: corpus WER and the
// share of failed cases (percent), and latency p50/p95 (milliseconds).
class SuiteSummaryChart : public QWidget
{
    Q_OBJECT
public:
    explicit SuiteSummaryChart(QWidget* parent = nullptr);

    void setSummaries(const QList<ProviderSummary>& summaries);
    // The values drawn, for tests: one entry per provider.
    QList<qreal> werPercent() const;
    QList<qreal> p95Ms() const;

private:
    void rebuild();
    void retranslate();

    QList<ProviderSummary> m_summaries;
    QChartView* m_qualityView = nullptr;
    QChartView* m_latencyView = nullptr;
    QBarSet* m_wer = nullptr;
    QBarSet* m_failures = nullptr;
    QBarSet* m_p50 = nullptr;
    QBarSet* m_p95 = nullptr;
    QBarCategoryAxis* m_qualityProviders = nullptr;
    QBarCategoryAxis* m_latencyProviders = nullptr;
    QValueAxis* m_percentAxis = nullptr;
    QValueAxis* m_msAxis = nullptr;
};

} // namespace vd
