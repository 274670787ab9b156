#pragma once

#include "core/model/provider.h"
#include "core/model/providererror.h"
#include "core/model/providerinfo.h"
#include "core/resilience/probebudget.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace vd {

// A provider as routing and probing see it. `instance` is null when the provider cannot be
// created (not configured, invalid settings); `unavailable` then says why.
struct RouteCandidate
{
    ProviderInfo info; // info.enabled and info.priority are the user's current choice
    bool configured = false;
    std::shared_ptr<Provider> instance;
    ProviderError unavailable;
    ProbeBudget probeBudget;   // from the provider's settings; automatic probes respect it
    bool qualityProbe = false; // the `quality_probe` setting: probe with a round trip (RoundTripProbeJob)
    QJsonObject settings;      // what `instance` was made with, before the schema's defaults
};

// Where the router and the health monitor get providers from. The application implements it on
// top of the registry, factory, config and credentials; tests implement it with fakes.
class ProviderDirectory
{
public:
    virtual ~ProviderDirectory();
    // Every provider of the category, enabled and disabled, in priority order (lowest first).
    virtual QList<RouteCandidate> candidates(ProviderCategory category) = 0;
    virtual std::optional<RouteCandidate> candidate(const QString& name) = 0;
};

} // namespace vd
