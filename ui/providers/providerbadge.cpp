#include "ui/providers/providerbadge.h"

#include "core/model/providerinfo.h"
#include "core/registry/providerfactory.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

#include <QCoreApplication>
#include <QLocale>

namespace vd {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vd::ProviderBadge", text);
}

} // namespace

QString healthStatusText(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return tr("Healthy");
    case HealthStatus::Degraded:
        return tr("Degraded");
    case HealthStatus::Unhealthy:
        return tr("Unhealthy");
    case HealthStatus::Unknown:
        break;
    }
    return tr("Not checked yet");
}

QString ProviderBadge::shortText() const
{
    if (!configured)
        return tr("Not configured");
    if (!attentionReason.isEmpty())
        return tr("Needs attention");
    return healthStatusText(status);
}

QString ProviderBadge::breakerText() const
{
    switch (breaker) {
    case BreakerState::Closed:
        return tr("closed");
    case BreakerState::Open:
        return openUntil.isValid()
                   ? tr("open until %1")
                         .arg(QLocale().toString(openUntil.toLocalTime().time(), QLocale::LongFormat))
                   : tr("open");
    case BreakerState::HalfOpen:
        return tr("half-open (trial calls)");
    case BreakerState::ForcedOpen:
        return tr("forced open");
    case BreakerState::Disabled:
        return tr("disabled (always allows calls)");
    }
    return {};
}

QString ProviderBadge::text() const
{
    QString first = shortText();
    if (configured && !attentionReason.isEmpty())
        first = tr("Needs attention: %1").arg(attentionReason);
    if (breaker == BreakerState::Closed)
        return first;
    return tr("%1 — breaker %2").arg(first, breakerText());
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

ProviderBadge providerBadge(Runtime& runtime, const ProviderInfo& info)
{
    ResilienceState& state = runtime.resilience();
    CircuitBreaker* breaker = state.breaker(info.name);
    ProviderBadge badge;
    badge.status = state.status(info.name);
    badge.breaker = breaker->state();
    badge.openUntil = breaker->openUntil();
    badge.configured = runtime.factory().isConfigured(info);
    badge.attentionReason = state.attentionReason(info.name);
    return badge;
}

} // namespace vd
