#include "core/registry/providerfactory.h"

#include "core/corelog.h"
#include "core/registry/providerregistry.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace vd {

namespace {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

ProviderError error(ErrorKind kind, const QString& message)
{
    return ProviderError::make(kind, message);
}

bool hasExpectedInterface(const Provider& provider, ProviderCategory category)
{
    if (provider.category() != category)
        return false;
    if (category == ProviderCategory::Stt)
        return dynamic_cast<const SpeechToTextProvider*>(&provider) != nullptr;
    return dynamic_cast<const TextToSpeechProvider*>(&provider) != nullptr;
}

} // namespace

ProviderFactory::ProviderFactory(ProviderRegistry& registry, QNetworkAccessManager* network,
                                 CredentialLookup lookup)
    : m_registry(registry), m_network(network), m_lookup(std::move(lookup))
{}

ProviderFactory::~ProviderFactory() = default;

Result<std::shared_ptr<Provider>> ProviderFactory::provider(const QString& name, const QJsonObject& settings)
{
    const ProviderDefinition* definition = m_registry.definition(name);
    return provider(name, settings, definition ? credential(definition->info) : Credential{});
}

Result<std::shared_ptr<Provider>> ProviderFactory::provider(const QString& name, const QJsonObject& settings,
                                                            const Credential& credential)
{
    const ProviderDefinition* definition = m_registry.definition(name);
    if (!definition) {
        const QStringList known = m_registry.names();
        return error(
            ErrorKind::BadRequest,
            QStringLiteral("Unknown provider \"%1\"; known providers: %2.")
                .arg(name, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
    }
    const ProviderInfo& info = definition->info;

    // The same settings and secret as last time: the cached instance, without validating and
    // hashing again (routing asks for every provider of a category on every request).
    const auto cached = m_cache.find(name);
    if (cached != m_cache.end() && cached->second.settings == settings &&
        cached->second.secret == credential.secret)
        return cached->second.instance;

    const QList<SettingProblem> problems = info.settingsSchema.validate(settings);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const SettingProblem& p : problems)
            messages << p.message;
        return error(
            ErrorKind::BadRequest,
            QStringLiteral("Invalid settings for %1: %2").arg(name, messages.join(QStringLiteral("; "))));
    }
    const QJsonObject fullSettings = info.settingsSchema.withDefaults(settings);

    if (!isConfigured(info, credential))
        return error(ErrorKind::NotConfigured, notConfiguredMessage(info));

    const QString key = cacheKey(name, fullSettings, credential);
    if (cached != m_cache.end()) {
        if (cached->second.key == key) {
            // Other settings with the same meaning (a default spelled out): keep the instance.
            cached->second.settings = settings;
            cached->second.secret = credential.secret;
            return cached->second.instance;
        }
        qCDebug(lcRegistry) << "settings or key of" << name << "changed; replacing its instance";
        m_cache.erase(cached);
    }

    std::unique_ptr<Provider> created =
        definition->create(ProviderContext{fullSettings, credential, m_network});
    if (!created || !hasExpectedInterface(*created, info.category)) {
        return error(
            ErrorKind::Unsupported,
            QStringLiteral("%1 (from %2) did not create a %3 provider; the plugin is broken — update or "
                           "remove it.")
                .arg(name, definition->origin, categoryName(info.category)));
    }
    std::shared_ptr<Provider> instance = std::move(created);
    m_cache[name] = CacheEntry{key, settings, credential.secret, instance};
    qCDebug(lcRegistry) << "created" << name;
    return instance;
}

Credential ProviderFactory::credential(const ProviderInfo& info) const
{
    return m_lookup ? m_lookup(info) : Credential{};
}

bool ProviderFactory::isConfigured(const ProviderInfo& info) const
{
    return isConfigured(info, credential(info));
}

bool ProviderFactory::isConfigured(const ProviderInfo& info, const Credential& credential)
{
    return !info.needsCredential() || credential.isPresent();
}

QString ProviderFactory::notConfiguredMessage(const ProviderInfo& info)
{
    QStringList ways;
    if (!info.credentialKeys.isEmpty()) {
        ways << QStringLiteral(
                    "store it in the keychain with `voicedeck-cli keys set %1` (service \"voicedeck\", "
                    "key %2)")
                    .arg(info.credentialKeys.first(),
                         QLatin1Char('"') + info.credentialKeys.join(QStringLiteral("\" or \"")) +
                             QLatin1Char('"'));
    }
    if (!info.credentialEnvironment.isEmpty()) {
        ways << QStringLiteral("set the environment variable %1")
                    .arg(info.credentialEnvironment.join(QStringLiteral(" or ")));
    }
    return QStringLiteral("%1 is not configured: it needs an API key or token; %2.")
        .arg(info.name, ways.join(QStringLiteral(", or ")));
}

QString ProviderFactory::cacheKey(const QString& name, const QJsonObject& settingsWithDefaults,
                                  const Credential& credential)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject document{
        {QStringLiteral("name"), name},
        {QStringLiteral("settings"), settingsWithDefaults},
        {QStringLiteral("credential"), sha256Hex(credential.secret.toUtf8())},
    };
    return sha256Hex(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

void ProviderFactory::invalidate(const QString& name)
{
    m_cache.erase(name);
}

void ProviderFactory::clear()
{
    m_cache.clear();
}

} // namespace vd
