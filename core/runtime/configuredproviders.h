#pragma once

#include "core/config/appconfig.h"
#include "core/resilience/providerdirectory.h"

#include <QHash>

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
    // The sentence names the keychain keys and environment variables of the provider's
    // definition, which the registry never changes; formatting it cost ~8k instructions for each
    // provider without a key on every routed request (issue #13).
    QString notConfiguredMessage(const ProviderInfo& info);

    ProviderRegistry& m_registry;
    ProviderFactory& m_factory;
    const AppConfig& m_config;
    QHash<QString, QString> m_notConfigured; // by provider name
};

} // namespace vd
