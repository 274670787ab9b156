#include "core/runtime/runtime.h"

#include "core/config/configfile.h"
#include "core/config/configlocation.h"
#include "core/config/providervalidation.h"
#include "core/credentials/credentialstore.h"
#include "core/history/historyrecorder.h"
#include "core/plugins/pluginloader.h"
#include "core/providers/builtinproviders.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"
#include "core/resilience/router.h"
#include "core/runtime/configuredproviders.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <algorithm>

namespace vd {

namespace {

// Provider settings are checked against the providers' own schemas, so the registry is filled
// before the config is judged.
std::unique_ptr<ProviderRegistry> registeredProviders(const RuntimeOptions& options)
{
    auto registry = std::make_unique<ProviderRegistry>();
    for (ProviderDefinition& definition : builtinProviderDefinitions())
        (void)registry->registerProvider(std::move(definition));
    registerScan(*registry, scanPlugins(options.pluginPaths.value_or(defaultPluginPaths())));
    return registry;
}

// A value that did not parse is judged by its parse problem alone: checking the default it fell
// back to (settings that were not an object read as none) would report what the user never wrote.
bool coveredByParseProblem(const ConfigErrors& parseProblems, const QString& key)
{
    return std::any_of(parseProblems.begin(), parseProblems.end(), [&](const ConfigError& problem) {
        return key == problem.key || key.startsWith(problem.key + QLatin1Char('.'));
    });
}

} // namespace

Result<std::unique_ptr<Runtime>, ConfigErrors> Runtime::create(const RuntimeOptions& options)
{
    const QString path = resolveConfigPath(options.configPath);
    auto read = ConfigFile::read(path);
    if (!read)
        return read.error();
    std::unique_ptr<ProviderRegistry> registry = registeredProviders(options);

    // Every problem of the file at once, so that fixing one does not just reveal the next.
    ConfigErrors problems = read->problems;
    const ConfigErrors providerProblems = validateProviders(
        read->config,
        [&registry = *registry](const QString& name) {
            const ProviderDefinition* definition = registry.definition(name);
            return definition ? &definition->info : nullptr;
        },
        path);
    for (const ConfigError& problem : providerProblems) {
        if (!coveredByParseProblem(read->problems, problem.key))
            problems << problem;
    }
    if (hasFatalError(problems))
        return problems;
    problems << ConfigFile::linkWarnings(path); // also logged by read(); kept for the GUI to show
    std::unique_ptr<Runtime> runtime(
        new Runtime(options, std::move(read->config), path, std::move(registry)));
    runtime->m_warnings = std::move(problems);
    return runtime;
}

Runtime::Runtime(const RuntimeOptions& options, AppConfig config, QString configPath,
                 std::unique_ptr<ProviderRegistry> registry)
    : m_configPath(std::move(configPath)), m_config(std::move(config)),
      m_network(std::make_unique<QNetworkAccessManager>()), m_registry(std::move(registry)),
      m_credentials(std::make_unique<CredentialStore>(options.keychainService))
{
    m_factory = std::make_unique<ProviderFactory>(
        *m_registry, m_network.get(), [credentials = m_credentials.get()](const ProviderInfo& info) {
            return credentials->credential(info);
        });
    m_providers = std::make_unique<ConfiguredProviders>(*m_registry, *m_factory, m_config);
    m_state = std::make_unique<ResilienceState>(m_config.breaker, m_config.health);
    const QString stateDir = options.stateDirectory.isEmpty() ? stateDirectory() : options.stateDirectory;
    m_store = std::make_unique<ResilienceStore>(*m_state, stateDir);
    m_health = std::make_unique<HealthMonitor>(*m_state, *m_providers);
    m_router = std::make_unique<Router>(*m_providers, *m_state, m_config.routing);
    m_history = std::make_unique<HistoryRecorder>(
        options.historyPath.isEmpty() ? stateDir + QStringLiteral("/history.sqlite") : options.historyPath,
        m_config.history);
    m_history->watch(*m_router, *m_health);

    applyProviderChoices();
    // A new or deleted key must reach providers created with the old one.
    connect(m_credentials.get(), &CredentialStore::secretChanged, this, [this] { m_factory->clear(); });
}

Runtime::~Runtime() = default;

void Runtime::applyProviderChoices()
{
    for (auto it = m_config.providers.cbegin(); it != m_config.providers.cend(); ++it) {
        if (it->enabled)
            m_registry->setEnabled(it.key(), *it->enabled);
        if (it->priority)
            m_registry->setPriority(it.key(), *it->priority);
    }
}

void Runtime::applyConfig(const AppConfig& config)
{
    m_config = config;
    applyProviderChoices();
    m_state->setBreakerSettings(m_config.breaker);
    m_state->setHealthSettings(m_config.health);
    m_router->setSettings(m_config.routing);
    m_history->setSettings(m_config.history);
    m_factory->clear(); // settings may have changed; instances are recreated lazily
}

void Runtime::start()
{
    connect(
        m_credentials.get(), &CredentialStore::ready, this,
        [this] {
            m_credentialsReady = true;
            markReadyWhenDone();
        },
        Qt::SingleShotConnection);
    m_credentials->refresh(m_registry->availableProviders({}, /*enabledOnly=*/false));

    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_stateLoaded = true;
        markReadyWhenDone();
    });
    watcher->setFuture(m_store->load());
}

void Runtime::markReadyWhenDone()
{
    if (m_credentialsReady && m_stateLoaded)
        m_readiness.markReady();
}

} // namespace vd
