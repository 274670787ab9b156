#include "ui/suites/suitesummarychart.h"

#include "ui/i18n/retranslator.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QValueAxis>

namespace vd {

namespace {

// A chart of one bar series with a category axis below and a value axis on the left.
QChartView* makeView(QBarSeries* series, QBarCategoryAxis* categories, QValueAxis* values, QWidget* parent)
{
    auto* view = new QChartView(parent);
    QChart* chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

QList<qreal> values(const QBarSet* set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

} // namespace

SuiteSummaryChart::SuiteSummaryChart(QWidget* parent) : QWidget(parent)
{
    m_wer = new QBarSet(QString(), this);
    m_failures = new QBarSet(QString(), this);
    m_p50 = new QBarSet(QString(), this);
    m_p95 = new QBarSet(QString(), this);
    auto* quality = new QBarSeries(this);
    quality->append({m_wer, m_failures});
    auto* latency = new QBarSeries(this);
    latency->append({m_p50, m_p95});
    m_qualityProviders = new QBarCategoryAxis(this);
    m_latencyProviders = new QBarCategoryAxis(this);
    m_percentAxis = new QValueAxis(this);
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_msAxis = new QValueAxis(this);
    m_msAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_qualityView = makeView(quality, m_qualityProviders, m_percentAxis, this);
    m_latencyView = makeView(latency, m_latencyProviders, m_msAxis, this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_qualityView);
    layout->addWidget(m_latencyView);
    Retranslator::keep(this, [this] { retranslate(); });
}

void SuiteSummaryChart::setSummaries(const QList<ProviderSummary>& summaries)
{
    m_summaries = summaries;
    rebuild();
}

void SuiteSummaryChart::rebuild()
{
    QStringList labels;
    QList<qreal> wer, failures, p50, p95;
    for (const ProviderSummary& s : std::as_const(m_summaries)) {
        labels << s.label();
        wer << 100.0 * s.corpusWer().value_or(0.0);
        failures << (s.cases > 0 ? 100.0 * (s.cases - s.passed) / s.cases : 0.0);
        p50 << s.latencyPercentile(0.50).value_or(0.0);
        p95 << s.latencyPercentile(0.95).value_or(0.0);
    }
    for (auto [set, list] : {std::pair{m_wer, &wer}, {m_failures, &failures}, {m_p50, &p50}, {m_p95, &p95}}) {
        set->remove(0, set->count());
        set->append(*list);
    }
    m_qualityProviders->setCategories(labels);
    m_latencyProviders->setCategories(labels);
    const auto highest = [](const QList<qreal>& list) {
        return list.isEmpty() ? 0.0 : *std::max_element(list.cbegin(), list.cend());
    };
    m_msAxis->setRange(0, std::max(100.0, highest(p95) * 1.1));
    m_msAxis->applyNiceNumbers();
    m_percentAxis->setRange(0, std::max(100.0, highest(wer))); // insertions can take WER past 100 %
}

void SuiteSummaryChart::retranslate()
{
    m_qualityView->chart()->setTitle(tr("Quality per provider"));
    m_latencyView->chart()->setTitle(tr("Latency per provider"));
    m_wer->setLabel(tr("Corpus WER (%)"));
    m_failures->setLabel(tr("Cases not passed (%)"));
    m_p50->setLabel(tr("p50 (ms)"));
    m_p95->setLabel(tr("p95 (ms)"));
    m_qualityView->setAccessibleName(tr("Word error rate and cases not passed per provider"));
    m_latencyView->setAccessibleName(tr("Latency per provider"));
}

QList<qreal> SuiteSummaryChart::werPercent() const
{
    return values(m_wer);
}

QList<qreal> SuiteSummaryChart::p95Ms() const
{
    return values(m_p95);
}

} // namespace vd
