#pragma once

#include "core/model/providerkind.h"
#include "core/resilience/breakerstate.h"

#include <QColor>
#include <QFrame>
#include <QTimer>

class QLabel;

namespace vd {

class ResilienceState;

// One provider's tile on the Health dashboard: status (colour and words), breaker state with the
// time left open counting down, calls and error rate, p50/p95 response time and the last error.
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

    // Reads the state now.
    void refresh();
    // Reads the state soon, once for any number of calls.
    void scheduleRefresh();

private:
    QLabel* addRow(const QString& objectName);

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
    QTimer m_coalesce;
    QTimer m_countdown;
};

} // namespace vd
