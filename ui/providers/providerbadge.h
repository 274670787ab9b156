#pragma once

#include "core/model/providerkind.h"
#include "core/resilience/breakerstate.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace vd {

class ProviderFactory;
class ResilienceState;
struct ProviderInfo;

// What the Providers page shows as a provider's status badge: health status (as a colour and a
// word), breaker state when it is not the normal CLOSED, "not configured" when the credential is
// missing, and "needs attention: <reason>" after an auth or quota failure.
struct ProviderBadge
{
    HealthStatus status = HealthStatus::Unknown;
    BreakerState breaker = BreakerState::Closed;
    QDateTime openUntil; // OPEN only
    bool configured = true;
    QString attentionReason;

    // One or two words for the list: "Healthy", "Not configured", "Needs attention".
    QString shortText() const;
    // The whole story for the details panel and tooltips, reason and breaker included.
    QString text() const;
    // "closed", "open until 12:03:10", "forced open", ...
    QString breakerText() const;
    QColor colour() const;

    bool operator==(const ProviderBadge&) const = default;
};

// The badge from the runtime's current state (breakers, health, credentials).
ProviderBadge providerBadge(ResilienceState& state, const ProviderFactory& factory, const ProviderInfo& info);

// "Healthy", "Degraded", ... translated.
QString healthStatusText(HealthStatus status);

} // namespace vd
