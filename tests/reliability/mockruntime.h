#pragma once

#include "core/model/audioclip.h"
#include "core/runtime/runtime.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace vd::test {

// The six cloud providers of the reliability tests, in the order the matrices list them.
QStringList cloudProviderNames();
// Which mock endpoint serves a provider's main operation (transcribe or synthesize).
Endpoint mainEndpoint(const QString& provider);
bool isSttProvider(const QString& provider);
// The vendor whose base URL a provider talks to.
Vendor vendorOfProvider(const QString& provider);
// One second of a 440 Hz tone at 16 kHz mono.
AudioClip oneSecondTone();

// The whole core (config file, registry, credentials from the environment, breakers, router) in a
// temporary directory, with all six cloud providers pointed at a MockProviderServer. Every
// build() is a fresh Runtime with a fresh state directory, so no breaker or attention mark
// leaks from one case into the next.
class MockRuntime
{
public:
    explicit MockRuntime(MockProviderServer& server);
    ~MockRuntime();

    // Sections merged into the config before build(): "routing", "breaker", ...
    void setSection(const QString& name, const QJsonObject& section) { m_sections.insert(name, section); }
    // A base_url other than the mock's for one provider (refused port, TLS server, ...).
    void overrideBaseUrl(const QString& provider, const QUrl& url) { m_baseUrls.insert(provider, url); }
    void setPriority(const QString& provider, int priority) { m_priorities.insert(provider, priority); }

    // Writes the config and creates, starts and waits for a Runtime; nullptr on failure (see
    // lastError()).
    Runtime* build();
    Runtime* runtime() const { return m_runtime.get(); }
    // Why the last build() failed (the config errors, one per line).
    const QString& lastError() const { return m_lastError; }
    QString configPath() const;
    QString stateDirectory() const;
    const QTemporaryDir& directory() const { return m_dir; }
    void destroy() { m_runtime.reset(); }

    // The keys the environment supplies ("test-key" unless changed before build()).
    static void setEnvironmentKeys(const QByteArray& key);

private:
    MockProviderServer& m_server;
    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_sections;
    QHash<QString, QUrl> m_baseUrls;
    QHash<QString, int> m_priorities;
    std::unique_ptr<Runtime> m_runtime;
    QString m_lastError;
    int m_generation = 0;
};

} // namespace vd::test
