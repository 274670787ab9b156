#pragma once

#include "core/model/credential.h"
#include "core/model/provider.h"
#include "core/model/providerinfo.h"
#include "core/model/result.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace vd {

class ProviderRegistry;

// Finds a provider's credential (keychain, then environment). Injected so that the factory does
// not depend on how credentials are stored, and tests can hand in fakes.
using CredentialLookup = std::function<Credential(const ProviderInfo&)>;

// Creates configured provider instances from the registry's definitions (the seed's factory):
// validates the settings against the provider's schema, fills in defaults, requires the
// credential when the provider needs one, and caches one instance per provider under a SHA-256
// key of its name, settings and credential fingerprint. When the settings or the key change, the
// next request creates a new instance and the cache drops the old one; callers still holding the
// old shared_ptr keep it alive until they finish. GUI-thread object, not thread-safe.
class ProviderFactory
{
public:
    ProviderFactory(ProviderRegistry& registry, QNetworkAccessManager* network, CredentialLookup lookup);
    ~ProviderFactory();

    ProviderFactory(const ProviderFactory&) = delete;
    ProviderFactory& operator=(const ProviderFactory&) = delete;

    // bad_request: unknown name or invalid settings (every problem in the message);
    // not_configured: the provider needs a credential and none was found;
    // unsupported: the definition failed to create an instance of the right category.
    Result<std::shared_ptr<Provider>> provider(const QString& name, const QJsonObject& settings = {});
    // The same with the credential already looked up (credential()): routing needs it first to
    // tell whether the provider is configured, and a lookup reads the environment.
    Result<std::shared_ptr<Provider>> provider(const QString& name, const QJsonObject& settings,
                                               const Credential& credential);

    // The provider's credential as the injected lookup finds it (empty without a lookup).
    Credential credential(const ProviderInfo& info) const;
    // True when the provider needs no credential or the lookup finds one.
    bool isConfigured(const ProviderInfo& info) const;
    // The same rule for a credential already looked up.
    static bool isConfigured(const ProviderInfo& info, const Credential& credential);
    // The sentence that says how to configure `info` (which keychain key / env var to set).
    static QString notConfiguredMessage(const ProviderInfo& info);

    // Hex SHA-256 of the canonical JSON {name, settings, credential: SHA-256 of the secret}.
    // The raw secret never enters the hashed document.
    static QString cacheKey(const QString& name, const QJsonObject& settingsWithDefaults,
                            const Credential& credential);

    // Drops the cached instance of `name` (its settings or key changed, or the user reset it).
    void invalidate(const QString& name);
    // Drops every cached instance (shutdown).
    void clear();
    int cachedCount() const { return int(m_cache.size()); }

private:
    struct CacheEntry
    {
        QString key;
        QJsonObject settings; // as asked for, before defaults: the fast path compares these
        QString secret;       // the credential the instance holds anyway
        std::shared_ptr<Provider> instance;
    };

    ProviderRegistry& m_registry;
    QNetworkAccessManager* m_network = nullptr;
    CredentialLookup m_lookup;
    std::map<QString, CacheEntry> m_cache; // by provider name: one live configuration each
};

} // namespace vd
