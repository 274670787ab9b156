#pragma once

#include "core/config/appconfig.h"
#include "core/resilience/providerdirectory.h"

namespace vd {

class CredentialStore;
class ProviderFactory;
class ProviderRegistry;

// The application's ProviderDirectory: the registry's providers with the user's settings from
// the config file (plus environment defaults such as YANDEX_FOLDER_ID), their credentials, and
// instances from the factory's cache. Routing and health probing see providers only through it.
class ConfiguredProviders final : public ProviderDirectory
{
public:
    ConfiguredProviders(ProviderRegistry& registry, ProviderFactory& factory, const AppConfig& config);

    QList<RouteCandidate> candidates(ProviderCategory category) override;
    std::optional<RouteCandidate> candidate(const QString& name) override;

    // The settings a provider is created with (config file values, environment defaults).
    QJsonObject settingsFor(const ProviderInfo& info) const;

private:
    ProviderRegistry& m_registry;
    ProviderFactory& m_factory;
    const AppConfig& m_config;
};

} // namespace vd
