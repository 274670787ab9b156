#include "ui/health/healthcharts.h"

#include "ui/charts/responsetimechart.h"
#include "ui/charts/statuschart.h"
#include "ui/i18n/retranslator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>

namespace vd {

HealthCharts::HealthCharts(ChartHistory* history, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("chartTabs"));
    m_responseChart = new ResponseTimeChart(this);
    m_responseChart->setObjectName(QStringLiteral("responseTimeChart"));
    m_responseChart->setHistory(history);
    // Antialiased strokes of nine day-long lines cost 15-50 ms per paint (vd_bench_gui_stall);
    // plain 1-pixel lines stay under a frame.
    m_responseChart->setRenderHint(QPainter::Antialiasing, false);
    m_statusChart = new StatusChart(this);
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_statusChart->setHistory(history);
    // Its bands are axis-aligned rectangles: antialiasing them only costs paint time.
    m_statusChart->setRenderHint(QPainter::Antialiasing, false);
    // A row per provider needs more height than 800x600 leaves: the rows scroll then.
    m_statusScroll = new QScrollArea(this);
    m_statusScroll->setObjectName(QStringLiteral("statusScroll"));
    m_statusScroll->setFrameShape(QFrame::NoFrame);
    m_statusScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statusScroll->setWidgetResizable(true);
    m_statusScroll->setWidget(m_statusChart);
    addTab(m_responseChart, QString());
    addTab(m_statusScroll, QString());
    // Room for a legend entry per provider beside the response times, and a row per provider.
    setMinimumHeight(240);

    m_corner = new QWidget(this);
    m_kindLabel = new QLabel(m_corner);
    m_kindCombo = new QComboBox(m_corner);
    m_kindCombo->setObjectName(QStringLiteral("sampleKindCombo"));
    m_kindLabel->setBuddy(m_kindCombo);
    m_kindCombo->addItem(QString(), QVariant::fromValue(int(SampleKind::Probes)));
    m_kindCombo->addItem(QString(), QVariant::fromValue(int(SampleKind::Requests)));
    auto* cornerLayout = new QHBoxLayout(m_corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    cornerLayout->addWidget(m_kindLabel);
    cornerLayout->addWidget(m_kindCombo);
    setCornerWidget(m_corner, Qt::TopRightCorner);
    m_responseChart->setSampleKind(sampleKind());
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_responseChart->setSampleKind(sampleKind());
        retranslate(); // the chart's accessible name says what it shows
    });
    // The choice is the response-time chart's only.
    connect(this, &QTabWidget::currentChanged, this,
            [this] { m_corner->setVisible(currentWidget() == m_responseChart); });
    Retranslator::keep(this, [this] { retranslate(); });
}

void HealthCharts::setRange(ChartRange range)
{
    m_responseChart->setRange(range);
    m_statusChart->setRange(range);
}

SampleKind HealthCharts::sampleKind() const
{
    return SampleKind(m_kindCombo->currentData().toInt());
}

void HealthCharts::setSampleKind(SampleKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(QVariant::fromValue(int(kind))));
}

void HealthCharts::retranslate()
{
    setTabText(indexOf(m_responseChart), tr("Response time"));
    setTabText(indexOf(m_statusScroll), tr("Status over time"));
    m_kindLabel->setText(tr("S&how:"));
    m_kindCombo->setItemText(0, tr("Probes"));
    m_kindCombo->setItemText(1, tr("Requests"));
    m_kindCombo->setToolTip(tr("Response times of the health probes, or of the real requests: a long "
                               "transcription takes seconds where a probe takes milliseconds, so one "
                               "scale for both would flatten the probes"));
    m_kindCombo->setAccessibleName(tr("Response times shown"));
    m_responseChart->setAccessibleName(
        sampleKind() == SampleKind::Probes
            ? tr("Response time of the health probes per provider, in milliseconds, over time")
            : tr("Response time of the real requests per provider, in milliseconds, over time"));
    m_statusChart->setAccessibleName(tr("Status per provider over time"));
}

} // namespace vd
