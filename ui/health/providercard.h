#pragma once

#include "core/model/providerkind.h"
#include "core/resilience/breakerstate.h"
#include "core/resilience/probebudget.h"

#include <QColor>
#include <QFrame>
#include <QTimer>
#include <functional>

class QLabel;

namespace vd {

class ProviderHealth;
class ResilienceState;
struct HealthInfo;

// One provider's tile on the Health dashboard: status (colour and words), breaker state with the
// time left open counting down, calls and error rate, p50/p95 response time and the last error;
// the last round-trip probe's word error rate and the automatic probes left in a metered
// provider's budget, when there are such things to show.
// Reads everything from the shared ResilienceState; scheduleRefresh() coalesces bursts of
// changes into one update, and while the breaker is OPEN a one-second tick keeps the countdown
// moving (the breaker leaves OPEN lazily, on the next query, which that tick also makes).
class ProviderCard : public QFrame
{
    Q_OBJECT

public:
    static constexpr int coalesceMs = 100;

    ProviderCard(const QString& provider, ResilienceState& state, QWidget* parent = nullptr);

    const QString& provider() const { return m_provider; }
    HealthStatus status() const { return m_status; }
    QColor statusColour() const;
    BreakerState breakerState() const { return m_breaker; }
    bool isCountingDown() const { return m_countdown.isActive(); }

    QString statusText() const;
    QString breakerText() const;
    QString callsText() const;
    QString latencyText() const;
    QString lastErrorText() const;
    QString qualityText() const;     // empty (and hidden) until a round-trip probe measured a WER
    QString probeBudgetText() const; // empty (and hidden) without a probe budget

    // Where the provider's probe budget comes from (its settings, which the user may change).
    void setProbeBudgetSource(std::function<ProbeBudget()> source) { m_probeBudget = std::move(source); }

    // Reads the state now.
    void refresh();
    // Reads the state soon, once for any number of calls.
    void scheduleRefresh();

private:
    QLabel* addRow(const QString& objectName);
    void showQuality(const HealthInfo& summary);
    void showProbeBudget(const ProviderHealth& health);

    QString m_provider;
    ResilienceState& m_state;
    HealthStatus m_status = HealthStatus::Unknown;
    BreakerState m_breaker = BreakerState::Closed;
    QLabel* m_title = nullptr;
    QLabel* m_swatch = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_breakerLabel = nullptr;
    QLabel* m_callsLabel = nullptr;
    QLabel* m_latencyLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_qualityLabel = nullptr;
    QLabel* m_budgetLabel = nullptr;
    std::function<ProbeBudget()> m_probeBudget;
    QTimer m_coalesce;
    QTimer m_countdown;
};

} // namespace vd
