#pragma once

#include "ui/charts/charthistory.h"
#include "ui/charts/chartrange.h"
#include "ui/charts/chartsample.h"
#include "ui/shell/pagestate.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vd {

struct AppConfig;
class CardGrid;
class HealthChartFeed;
class HealthCharts;
class ProviderCard;
class ResponseTimeChart;
class HealthMonitor;
class ProviderRegistry;
class Readiness;
class ResilienceState;
class StatusChart;

// The Health dashboard (PRODUCT.md §5): a card per provider (status, breaker with the time left
// open, calls, error rate, p50/p95, last error), live charts of response time and of status over
// a selectable time range (response times of probes or of real requests, as chosen), "Probe all
// now" and CSV export of the charted series. Everything is
// fed by the HealthMonitor and ResilienceState signals; cards and charts coalesce bursts of
// samples into one update. Filled once the application is ready; starts the monitor's periodic
// probing (config "health") when nobody else has. Probes reach the Activity page through the
// application's ProbeRecorder.
class HealthPage : public QWidget, public PageState
{
    Q_OBJECT

public:
    // `config` gives each provider's probe budget settings; it is read, never kept by value, so
    // a changed config applies to the next probe.
    HealthPage(const Readiness& readiness, ProviderRegistry& registry, HealthMonitor& monitor,
               ResilienceState& state, const AppConfig& config, QWidget* parent = nullptr);
    ~HealthPage() override;

    bool isPopulated() const { return m_populated; }
    // Card order: speech to text, then text to speech, each in priority order.
    QStringList providers() const { return m_order; }
    ProviderCard* card(const QString& provider) const { return m_cards.value(provider); }
    ChartHistory& chartHistory() { return m_history; }
    ResponseTimeChart* responseTimeChart() const;
    StatusChart* statusChart() const;

    ChartRange range() const;
    void setRange(ChartRange range);
    // What the response-time chart draws: probes (the default) or real requests.
    SampleKind sampleKind() const;
    void setSampleKind(SampleKind kind);

    // The chosen range and sample kind, kept between runs (README: each page remembers its
    // choices).
    QByteArray savePageState() const override;
    bool restorePageState(const QByteArray& state) override;

    // Probes every eligible provider now; results arrive on the cards and charts.
    void probeAll();
    // Writes the charted series as CSV (ChartHistory::exportCsv) on a worker thread, then emits
    // csvExported. Nothing is written on the GUI thread.
    void exportCsv(const QString& path);

Q_SIGNALS:
    // The runtime was ready and the cards and charts were filled.
    void populated();
    void csvExported(const QString& path, bool ok, const QString& error);

private:
    void populate();
    void addCard(const QString& provider);
    void chooseExportFile();
    void updateProbeStatus();
    void retranslate();

    const Readiness& m_readiness;
    ProviderRegistry& m_registry;
    HealthMonitor& m_monitor;
    ResilienceState& m_state;
    const AppConfig& m_config;
    ChartHistory m_history;
    HealthChartFeed* m_feed = nullptr;
    QStringList m_order;
    QHash<QString, ProviderCard*> m_cards;
    bool m_populated = false;
    QString m_exportMessage;

    QPushButton* m_probeButton = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QComboBox* m_rangeCombo = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_probeStatus = nullptr;
    CardGrid* m_cardGrid = nullptr;
    HealthCharts* m_charts = nullptr;
};

} // namespace vd
