#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"
#include "core/model/result.h"
#include "core/runtime/readiness.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QNetworkAccessManager;

namespace vd {

class ConfiguredProviders;
class CredentialStore;
class HealthMonitor;
class HistoryRecorder;
class ProviderFactory;
class ProviderRegistry;
class ResilienceState;
class ResilienceStore;
class Router;

// Where a Runtime finds its files; defaults are the contract's locations (PRODUCT.md §2, §6).
struct RuntimeOptions
{
    QString configPath;     // empty: resolveConfigPath({})
    QString stateDirectory; // empty: stateDirectory()
    QString keychainService = QStringLiteral("voicedeck");
    std::optional<QStringList> pluginPaths; // unset: defaultPluginPaths()
    QString historyPath;                    // empty: history.sqlite in the state directory
};

// Everything the CLI and the GUI share, wired once: the config file, the registry with the
// built-in and plugin providers, credentials, the factory, breakers and health (persisted), and
// the router. create() loads the config synchronously (a small local file, before any window
// exists); start() then reads the keychain and the persisted state asynchronously, and
// readiness() says when both are in. Pages take only the services they use, never the Runtime.
class Runtime : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Runtime>, ConfigErrors> create(const RuntimeOptions& options = {});
    ~Runtime() override;

    void start();
    const Readiness& readiness() const { return m_readiness; }
    bool isReady() const { return m_readiness.isReady(); }

    const QString& configPath() const { return m_configPath; }
    const AppConfig& config() const { return m_config; }
    // Warnings found while loading (unknown providers or keys): kept, shown, not fatal.
    const ConfigErrors& configWarnings() const { return m_warnings; }
    // Replaces the configuration and applies it at once (priorities, enabled, settings).
    void applyConfig(const AppConfig& config);

    ProviderRegistry& registry() { return *m_registry; }
    CredentialStore& credentials() { return *m_credentials; }
    ProviderFactory& factory() { return *m_factory; }
    ConfiguredProviders& providers() { return *m_providers; }
    ResilienceState& resilience() { return *m_state; }
    ResilienceStore& resilienceStore() { return *m_store; }
    HealthMonitor& health() { return *m_health; }
    Router& router() { return *m_router; }
    // Records every routed request and probe (and, when asked, suite runs) in the history database.
    HistoryRecorder& history() { return *m_history; }
    QNetworkAccessManager& network() { return *m_network; }

private:
    Runtime(const RuntimeOptions& options, AppConfig config, QString configPath,
            std::unique_ptr<ProviderRegistry> registry);
    void applyProviderChoices();
    void markReadyWhenDone();

    QString m_configPath;
    AppConfig m_config;
    ConfigErrors m_warnings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProviderFactory> m_factory;
    std::unique_ptr<ConfiguredProviders> m_providers;
    std::unique_ptr<ResilienceState> m_state; // declared before the store: it must outlive it
    std::unique_ptr<ResilienceStore> m_store;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HistoryRecorder> m_history; // last: it watches the router and the monitor
    bool m_credentialsReady = false;
    bool m_stateLoaded = false;
    Readiness m_readiness;
};

} // namespace vd
