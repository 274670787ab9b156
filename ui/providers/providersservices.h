#pragma once

#include <QString>
#include <functional>

namespace vd {

class CredentialStore;
class HealthMonitor;
class ProviderDirectory;
class ProviderFactory;
class ProviderRegistry;
class Readiness;
class ResilienceState;
class ResilienceStore;
struct AppConfig;

// What the Providers page uses: the providers with their keys, health and breakers, and the
// configuration it edits. The page saves the file itself (ConfigSaver) and hands every config it
// wrote or saw change to applyConfig, which applies it at once (Runtime::applyConfig).
struct ProvidersServices
{
    const Readiness& readiness;
    ProviderRegistry& registry;
    const ProviderFactory& factory;
    ProviderDirectory& providers;
    CredentialStore& credentials;
    HealthMonitor& monitor;
    ResilienceState& state;
    ResilienceStore& store;
    const QString& configPath;
    const AppConfig& config;
    std::function<void(const AppConfig&)> applyConfig;
};

} // namespace vd
