#include "ui/health/providercard.h"

#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "ui/charts/statuschart.h"
#include "ui/health/healthtext.h"
#include "ui/i18n/retranslator.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace vd {

ProviderCard::ProviderCard(const QString& provider, ResilienceState& state, QWidget* parent)
    : QFrame(parent), m_provider(provider), m_state(state)
{
    setObjectName(QStringLiteral("card_") + provider);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard; screen readers read its description
    setMinimumWidth(260);

    auto* layout = new QGridLayout(this);
    m_swatch = new QLabel(this);
    m_swatch->setFixedSize(14, 14);
    m_swatch->setAutoFillBackground(true);
    m_title = new QLabel(QStringLiteral("<b>%1</b>").arg(provider.toHtmlEscaped()), this);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_swatch, 0, 0);
    layout->addWidget(m_title, 0, 1);
    m_statusLabel = addRow(QStringLiteral("status"));
    m_breakerLabel = addRow(QStringLiteral("breaker"));
    m_callsLabel = addRow(QStringLiteral("calls"));
    m_latencyLabel = addRow(QStringLiteral("latency"));
    m_errorLabel = addRow(QStringLiteral("lastError"));
    m_qualityLabel = addRow(QStringLiteral("quality"));
    m_budgetLabel = addRow(QStringLiteral("probeBudget"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->setColumnStretch(1, 1);
    // A card beside a taller one keeps its lines together at the top.
    layout->setRowStretch(layout->rowCount(), 1);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ProviderCard::refresh);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ProviderCard::refresh);
    Retranslator::keep(this, [this] { refresh(); });
}

QLabel* ProviderCard::addRow(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true); // a narrow card grows taller, never cuts a line
    auto* grid = static_cast<QGridLayout*>(layout());
    grid->addWidget(label, grid->rowCount(), 1);
    return label;
}

QColor ProviderCard::statusColour() const
{
    return StatusChart::statusColour(m_status);
}

QString ProviderCard::statusText() const
{
    return m_statusLabel->text();
}

QString ProviderCard::breakerText() const
{
    return m_breakerLabel->text();
}

QString ProviderCard::callsText() const
{
    return m_callsLabel->text();
}

QString ProviderCard::latencyText() const
{
    return m_latencyLabel->text();
}

QString ProviderCard::lastErrorText() const
{
    return m_errorLabel->text();
}

QString ProviderCard::qualityText() const
{
    return m_qualityLabel->text();
}

QString ProviderCard::probeBudgetText() const
{
    return m_budgetLabel->text();
}

void ProviderCard::scheduleRefresh()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ProviderCard::refresh()
{
    m_coalesce.stop();
    CircuitBreaker* breaker = m_state.breaker(m_provider);
    m_breaker = breaker->state(); // may move OPEN → HALF_OPEN now that the open time is over
    m_status = m_state.status(m_provider);
    const ProviderHealth& health = m_state.health(m_provider);

    QString status = StatusChart::statusLabel(m_status);
    const QString attention = health.attentionReason();
    const HealthInfo summary = m_state.summary(m_provider);
    if (!attention.isEmpty())
        status = tr("%1 — needs attention: %2").arg(status, attention);
    else if (!summary.qualityProblem.isEmpty()) // the core's reason, in the interface's language
        status = tr("%1 — the round-trip probe heard %2 % of the words wrong (limit: %3 %)")
                     .arg(status)
                     .arg(qRound(*summary.probeWer * 100))
                     .arg(qRound(m_state.healthSettings().probeWerThreshold * 100));
    m_statusLabel->setText(status);
    QPalette palette = m_swatch->palette();
    palette.setColor(QPalette::Window, statusColour());
    m_swatch->setPalette(palette);
    m_swatch->setToolTip(StatusChart::statusLabel(m_status));

    QString breakerLine = tr("Breaker: %1").arg(breakerStateLabel(m_breaker));
    if (m_breaker == BreakerState::Open) {
        breakerLine = tr("Breaker: %1 — retry in %2")
                          .arg(breakerStateLabel(m_breaker), remainingTimeText(breaker->remainingOpenTime()));
        if (!m_countdown.isActive())
            m_countdown.start();
    } else {
        m_countdown.stop();
    }
    m_breakerLabel->setText(breakerLine);
    m_breakerLabel->setToolTip(tr("Failure rate in the breaker's window of the last %1 calls: %2")
                                   .arg(m_state.breakerSettings().windowCalls)
                                   .arg(percentText(breaker->failureRatePercent())));

    const int calls = health.totalCalls();
    const int failures = health.totalFailures();
    const double errorRate = calls > 0 ? 100.0 * failures / calls : 0.0;
    m_callsLabel->setText(tr("Calls: %1 · failed: %2 · error rate: %3")
                              .arg(calls)
                              .arg(failures)
                              .arg(calls > 0 ? percentText(errorRate) : QStringLiteral("—")));

    const LatencyStats latency = health.latency();
    m_latencyLabel->setText(tr("Response time p50: %1 · p95: %2")
                                .arg(vd::latencyText(latency.count > 0 ? latency.p50Ms : -1),
                                     vd::latencyText(latency.count > 0 ? latency.p95Ms : -1)));
    m_latencyLabel->setToolTip(tr("Over the last %1 successful calls and probes").arg(latency.count));

    const QString error = health.lastError();
    m_errorLabel->setText(error.isEmpty() ? tr("Last error: none") : tr("Last error: %1").arg(error));
    const QDateTime lastCheck = health.lastCheck();
    m_errorLabel->setToolTip(lastCheck.isValid()
                                 ? tr("Last call or probe: %1")
                                       .arg(QLocale().toString(lastCheck.toLocalTime(), QLocale::ShortFormat))
                                 : tr("No call or probe yet"));

    showQuality(summary);
    showProbeBudget(health);

    setAccessibleName(tr("%1: %2").arg(m_provider, StatusChart::statusLabel(m_status)));
    QStringList description{status, breakerLine, m_callsLabel->text(), m_latencyLabel->text(),
                            m_errorLabel->text()};
    for (const QLabel* optional : {m_qualityLabel, m_budgetLabel}) {
        if (!optional->text().isEmpty())
            description << optional->text();
    }
    setAccessibleDescription(description.join(QLatin1Char('\n')));
}

void ProviderCard::showQuality(const HealthInfo& summary)
{
    const int threshold = qRound(m_state.healthSettings().probeWerThreshold * 100);
    m_qualityLabel->setText(
        summary.probeWer
            ? tr("Round-trip WER: %1 % (limit: %2 %)").arg(qRound(*summary.probeWer * 100)).arg(threshold)
            : QString());
    m_qualityLabel->setToolTip(
        tr("Word error rate of the last round-trip health probe: the provider spoke, or "
           "heard, a fixed sentence (its quality_probe setting)."));
    m_qualityLabel->setVisible(summary.probeWer.has_value());
}

void ProviderCard::showProbeBudget(const ProviderHealth& health)
{
    const ProbeBudget budget = m_probeBudget ? m_probeBudget() : ProbeBudget{};
    QStringList parts;
    if (budget.isLimited()) {
        const ProbeBudget::Usage used =
            ProbeBudget::usage(health.history(), m_state.clock().wallNow().toUTC());
        if (budget.perHour > 0)
            parts << tr("%1 of %2 in the last hour").arg(used.lastHour).arg(budget.perHour);
        if (budget.perDay > 0)
            parts << tr("%1 of %2 in the last 24 h").arg(used.lastDay).arg(budget.perDay);
    }
    m_budgetLabel->setText(
        parts.isEmpty() ? QString() : tr("Automatic probes: %1").arg(parts.join(QStringLiteral(" · "))));
    m_budgetLabel->setToolTip(
        tr("The provider's probe budget (probe_budget_per_hour, probe_budget_per_day): "
           "automatic probes and \"Probe all now\" stop when it is spent; \"Test\" on the "
           "Providers page still probes."));
    m_budgetLabel->setVisible(!parts.isEmpty());
}

} // namespace vd
