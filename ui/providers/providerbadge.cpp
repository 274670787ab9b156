#include "ui/providers/providerbadge.h"

#include "core/model/providerinfo.h"
#include "core/registry/providerfactory.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"

#include <QCoreApplication>
#include <QLocale>

namespace vd {

// Free functions have no tr(); this gives them one whose context lupdate and the translator agree on.
class BadgeText
{
    Q_DECLARE_TR_FUNCTIONS(BadgeText)
};

QString healthStatusText(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return BadgeText::tr("Healthy");
    case HealthStatus::Degraded:
        return BadgeText::tr("Degraded");
    case HealthStatus::Unhealthy:
        return BadgeText::tr("Unhealthy");
    case HealthStatus::Unknown:
        break;
    }
    return BadgeText::tr("Not checked yet");
}

QString ProviderBadge::shortText() const
{
    if (!configured)
        return BadgeText::tr("Not configured");
    if (!attentionReason.isEmpty())
        return BadgeText::tr("Needs attention");
    return healthStatusText(status);
}

QString ProviderBadge::breakerText() const
{
    switch (breaker) {
    case BreakerState::Closed:
        return BadgeText::tr("closed");
    case BreakerState::Open:
        return openUntil.isValid()
                   ? BadgeText::tr("open until %1")
                         .arg(QLocale().toString(openUntil.toLocalTime().time(), QLocale::LongFormat))
                   : BadgeText::tr("open");
    case BreakerState::HalfOpen:
        return BadgeText::tr("half-open (trial calls)");
    case BreakerState::ForcedOpen:
        return BadgeText::tr("forced open");
    case BreakerState::Disabled:
        return BadgeText::tr("disabled (always allows calls)");
    }
    return {};
}

QString ProviderBadge::text() const
{
    QString first = shortText();
    if (configured && !attentionReason.isEmpty())
        first = BadgeText::tr("Needs attention: %1").arg(attentionReason);
    if (breaker == BreakerState::Closed)
        return first;
    return BadgeText::tr("%1 — breaker %2").arg(first, breakerText());
}

QColor ProviderBadge::colour() const
{
    if (!configured)
        return QColor(0x80, 0x80, 0x80);
    switch (status) {
    case HealthStatus::Healthy:
        return QColor(0x2e, 0x9d, 0x3a);
    case HealthStatus::Degraded:
        return QColor(0xe0, 0x8e, 0x0b);
    case HealthStatus::Unhealthy:
        return QColor(0xd0, 0x30, 0x30);
    case HealthStatus::Unknown:
        break;
    }
    return QColor(0xa0, 0xa0, 0xa0);
}

ProviderBadge providerBadge(ResilienceState& state, const ProviderFactory& factory, const ProviderInfo& info)
{
    CircuitBreaker* breaker = state.breaker(info.name);
    ProviderBadge badge;
    badge.status = state.status(info.name);
    badge.breaker = breaker->state();
    badge.openUntil = breaker->openUntil();
    badge.configured = factory.isConfigured(info);
    badge.attentionReason = state.attentionReason(info.name);
    return badge;
}

} // namespace vd
