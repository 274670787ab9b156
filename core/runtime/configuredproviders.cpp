#include "core/runtime/configuredproviders.h"

#include "core/credentials/environmentdefaults.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"

namespace vd {

ConfiguredProviders::ConfiguredProviders(ProviderRegistry& registry, ProviderFactory& factory,
                                         const AppConfig& config)
    : m_registry(registry), m_factory(factory), m_config(config)
{}

QList<RouteCandidate> ConfiguredProviders::candidates(ProviderCategory category)
{
    QList<RouteCandidate> result;
    const QList<ProviderInfo> providers = m_registry.availableProviders(category, /*enabledOnly=*/false);
    for (const ProviderInfo& info : providers) {
        if (auto found = candidate(info.name))
            result.append(std::move(*found));
    }
    return result;
}

std::optional<RouteCandidate> ConfiguredProviders::candidate(const QString& name)
{
    const std::optional<ProviderInfo> info = m_registry.info(name);
    if (!info)
        return std::nullopt;
    RouteCandidate candidate;
    candidate.info = *info;
    const Credential credential = m_factory.credential(*info);
    candidate.configured = ProviderFactory::isConfigured(*info, credential);
    if (!candidate.configured) {
        candidate.unavailable = ProviderError::make(ErrorKind::NotConfigured, notConfiguredMessage(*info));
        return candidate;
    }
    const QJsonObject settings = settingsFor(*info);
    candidate.probeBudget = ProbeBudget::fromSettings(settings);
    candidate.qualityProbe = settings.value(QLatin1String("quality_probe")).toBool();
    candidate.settings = settings;
    Result<std::shared_ptr<Provider>> instance = m_factory.provider(name, settings, credential);
    if (instance.hasValue()) {
        candidate.instance = std::move(instance).value();
    } else {
        // Invalid settings leave the provider unusable until the user fixes them; routing skips
        // it as not configured and the error says what to fix.
        candidate.configured = false;
        candidate.unavailable = instance.error();
    }
    return candidate;
}

QString ConfiguredProviders::notConfiguredMessage(const ProviderInfo& info)
{
    QString& message = m_notConfigured[info.name];
    if (message.isEmpty())
        message = ProviderFactory::notConfiguredMessage(info);
    return message;
}

QJsonObject ConfiguredProviders::settingsFor(const ProviderInfo& info) const
{
    const auto it = m_config.providers.constFind(info.name);
    const QJsonObject fromFile = it != m_config.providers.constEnd() ? it->settings : QJsonObject{};
    return applyEnvironmentDefaults(info, fromFile);
}

} // namespace vd
