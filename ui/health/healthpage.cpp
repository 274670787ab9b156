#include "ui/health/healthpage.h"

#include "core/config/appconfig.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/readiness.h"
#include "ui/health/cardgrid.h"
#include "ui/health/healthchartfeed.h"
#include "ui/health/healthcharts.h"
#include "ui/health/healthtext.h"
#include "ui/health/providercard.h"
#include "ui/i18n/retranslator.h"
#include "ui/uilog.h"
#include "ui/widgets/wrappinglabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd {

namespace {

struct ExportOutcome
{
    bool ok = false;
    QString error;
};

// Runs on a worker thread over implicitly shared copies of the series.
ExportOutcome writeCsv(const QString& path, const QStringList& providers,
                       const QList<QList<ChartSample>>& series)
{
    ChartHistory snapshot;
    snapshot.setMaxAge(std::chrono::hours(24 * 365)); // already pruned by the page's history
    for (qsizetype i = 0; i < providers.size(); ++i)
        snapshot.setHistory(providers.at(i), series.at(i));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, file.errorString()};
    if (!snapshot.exportCsv(&file) || !file.commit())
        return {false, file.errorString()};
    return {true, {}};
}

} // namespace

HealthPage::HealthPage(const Readiness& readiness, ProviderRegistry& registry, HealthMonitor& monitor,
                       ResilienceState& state, const AppConfig& config, QWidget* parent)
    : QWidget(parent), m_readiness(readiness), m_registry(registry), m_monitor(monitor), m_state(state),
      m_config(config)
{
    setObjectName(QStringLiteral("healthPage"));
    m_probeButton = new QPushButton(this);
    m_probeButton->setObjectName(QStringLiteral("probeAllButton"));
    m_probeButton->setEnabled(false);
    connect(m_probeButton, &QPushButton::clicked, this, &HealthPage::probeAll);
    m_rangeLabel = new QLabel(this);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeLabel->setBuddy(m_rangeCombo);
    for (ChartRange range : {ChartRange::FiveMinutes, ChartRange::OneHour, ChartRange::OneDay})
        m_rangeCombo->addItem(chartRangeLabel(range), QVariant::fromValue(int(range)));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &HealthPage::chooseExportFile);
    // At 800x600 the line is longer than the room beside the buttons: it wraps.
    m_probeStatus = new WrappingLabel(this);
    m_probeStatus->setObjectName(QStringLiteral("probeStatus"));

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_probeButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_rangeLabel);
    toolbar->addWidget(m_rangeCombo);
    toolbar->addWidget(m_exportButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_probeStatus, 1);

    m_cardGrid = new CardGrid(this);
    m_cardGrid->setObjectName(QStringLiteral("cardScroll"));
    m_charts = new HealthCharts(&m_history, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_cardGrid);
    layout->addWidget(m_charts, 1);

    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] { setRange(range()); });
    m_rangeCombo->setCurrentIndex(1); // one hour
    setRange(ChartRange::OneHour);

    m_feed = new HealthChartFeed(m_monitor, m_history, this);
    connect(&m_monitor, &HealthMonitor::probeFinished, this, &HealthPage::updateProbeStatus);
    connect(&m_monitor, &HealthMonitor::healthChanged, this, [this](const QString& name) {
        if (ProviderCard* card = m_cards.value(name))
            card->scheduleRefresh();
    });
    Retranslator::keep(this, [this] { retranslate(); });
    if (m_readiness.isReady())
        populate();
    else
        connect(&m_readiness, &Readiness::ready, this, &HealthPage::populate, Qt::SingleShotConnection);
}

HealthPage::~HealthPage() = default;

void HealthPage::populate()
{
    if (m_populated)
        return;
    const HealthSettings& settings = m_state.healthSettings();
    m_history.setMaxAge(std::chrono::hours(std::max(1, settings.historyHours)) + std::chrono::minutes(5));
    for (ProviderCategory category : {ProviderCategory::Stt, ProviderCategory::Tts}) {
        for (const ProviderInfo& info : m_registry.availableProviders(category, /*enabledOnly=*/false))
            addCard(info.name);
    }
    m_feed->resync(m_order);
    connect(&m_registry, &ProviderRegistry::providerAdded, this, [this](const QString& name) {
        addCard(name);
        m_feed->resync({name});
    });
    if (!m_monitor.isProbingScheduled()) {
        qCInfo(lcUiHealth) << "starting periodic probes every" << settings.probeIntervalSeconds << "s";
        m_monitor.startProbing();
    }
    m_probeButton->setEnabled(true);
    m_populated = true;
    updateProbeStatus();
    Q_EMIT populated();
}

void HealthPage::addCard(const QString& provider)
{
    if (m_cards.contains(provider))
        return;
    auto* card = new ProviderCard(provider, m_state);
    card->setProbeBudgetSource(
        [this, provider] { return ProbeBudget::fromSettings(m_config.providers.value(provider).settings); });
    m_cardGrid->addCard(card);
    m_cards.insert(provider, card);
    m_order.append(provider);
}

ResponseTimeChart* HealthPage::responseTimeChart() const
{
    return m_charts->responseTimeChart();
}

StatusChart* HealthPage::statusChart() const
{
    return m_charts->statusChart();
}

SampleKind HealthPage::sampleKind() const
{
    return m_charts->sampleKind();
}

void HealthPage::setSampleKind(SampleKind kind)
{
    m_charts->setSampleKind(kind);
}

ChartRange HealthPage::range() const
{
    return ChartRange(m_rangeCombo->currentData().toInt());
}

QByteArray HealthPage::savePageState() const
{
    const QString show =
        sampleKind() == SampleKind::Requests ? QStringLiteral("requests") : QStringLiteral("probes");
    return QJsonDocument(QJsonObject{{QStringLiteral("range"), int(range())}, {QStringLiteral("show"), show}})
        .toJson(QJsonDocument::Compact);
}

bool HealthPage::restorePageState(const QByteArray& state)
{
    const QJsonObject object = QJsonDocument::fromJson(state).object();
    // Saved before there was a choice: no "show", the default stays.
    const QString show = object.value(QStringLiteral("show")).toString();
    if (show == QLatin1String("requests") || show == QLatin1String("probes"))
        setSampleKind(show == QLatin1String("requests") ? SampleKind::Requests : SampleKind::Probes);
    const QJsonValue saved = object.value(QStringLiteral("range"));
    if (!saved.isDouble() || m_rangeCombo->findData(QVariant::fromValue(saved.toInt())) < 0)
        return false; // not a range this version offers: keep the default
    setRange(ChartRange(saved.toInt()));
    return true;
}

void HealthPage::setRange(ChartRange range)
{
    const int index = m_rangeCombo->findData(QVariant::fromValue(int(range)));
    if (index >= 0 && index != m_rangeCombo->currentIndex())
        m_rangeCombo->setCurrentIndex(index); // comes back here through currentIndexChanged
    m_charts->setRange(range);
}

void HealthPage::probeAll()
{
    if (!m_populated)
        return;
    m_monitor.probeAll();
    updateProbeStatus();
}

void HealthPage::updateProbeStatus()
{
    if (!m_populated) {
        m_probeStatus->setText(tr("Loading provider health…"));
        return;
    }
    const int running = m_monitor.probesInFlight();
    QString text = running > 0 ? tr("%n probe(s) running", nullptr, running)
                               : tr("Automatic probes every %1")
                                     .arg(remainingTimeText(std::chrono::seconds(
                                         m_state.healthSettings().probeIntervalSeconds)));
    if (!m_exportMessage.isEmpty())
        text += QStringLiteral(" · ") + m_exportMessage;
    m_probeStatus->setText(text);
}

void HealthPage::exportCsv(const QString& path)
{
    QList<QList<ChartSample>> series;
    const QStringList providers = m_history.providers();
    for (const QString& provider : providers)
        series.append(m_history.samples(provider));
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const ExportOutcome outcome = watcher->result();
        m_exportMessage = outcome.ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                                     : tr("Could not export to %1: %2. Choose another folder.")
                                           .arg(QDir::toNativeSeparators(path), outcome.error);
        updateProbeStatus();
        Q_EMIT csvExported(path, outcome.ok, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(writeCsv, path, providers, series));
}

void HealthPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export health series"), QDir::home().filePath(QStringLiteral("voicedeck-health.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void HealthPage::retranslate()
{
    m_probeButton->setText(tr("&Probe all now"));
    m_probeButton->setToolTip(tr("Check every enabled, configured provider now"));
    m_probeButton->setAccessibleName(tr("Probe all providers now"));
    m_rangeLabel->setText(tr("&Range:"));
    m_rangeCombo->setToolTip(tr("How far back the charts reach"));
    m_rangeCombo->setAccessibleName(tr("Chart time range"));
    for (int i = 0; i < m_rangeCombo->count(); ++i)
        m_rangeCombo->setItemText(i, chartRangeLabel(ChartRange(m_rangeCombo->itemData(i).toInt())));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setToolTip(tr("Save the charted response times and statuses as a CSV file"));
    m_exportButton->setAccessibleName(tr("Export health series as CSV"));
    m_probeStatus->setAccessibleName(tr("Probe status"));
    updateProbeStatus();
}

} // namespace vd
