#pragma once

#include "core/runtime/runtime.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace vd::bench {

// The whole core as the CLI and GUI wire it (config file, registry, credentials, factory cache,
// breakers, health, router), created from a config document in a private temporary folder: a
// benchmark never reads or writes the user's config, state or keychain. API keys come from the
// environment (the mock accepts "test-key").
class BenchRuntime
{
public:
    // `config` is the config file's JSON ("providers", "routing", ...). `pluginPaths` empty: the
    // built-in cloud providers only.
    explicit BenchRuntime(const QJsonObject& config, const QStringList& pluginPaths = {});
    ~BenchRuntime();

    bool isReady() const { return m_runtime && m_runtime->isReady(); }
    QString failure() const { return m_failure; }
    Runtime& runtime() { return *m_runtime; }

    // {"base_url": url} for one provider, the usual building block of a bench config.
    static QJsonObject baseUrl(const QString& url);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    QString m_failure;
};

} // namespace vd::bench
