#pragma once

#include "core/model/providerdefinition.h"
#include "core/model/providerjob.h"
#include "core/model/providerplugin.h"
#include "tests/support/finishedjob.h"

#include <QDir>
#include <QJsonObject>
#include <QPluginLoader>
#include <QTest>
#include <memory>

namespace vd::test {

// Test-side access to the offline plugins: loaded with QPluginLoader straight from
// $VOICEDECK_PLUGIN_PATH (the build's plugin dir), independent of the application's loader.

// The loader of the plugin whose metadata names `provider`; null when none is found.
inline std::unique_ptr<QPluginLoader> findPlugin(const QString& provider)
{
    const QString dirPath = qEnvironmentVariable("VOICEDECK_PLUGIN_PATH").section(QLatin1Char(':'), 0, 0);
    const QDir dir(dirPath);
    for (const QString& file : dir.entryList(QDir::Files)) {
        auto loader = std::make_unique<QPluginLoader>(dir.filePath(file));
        const QJsonObject meta = loader->metaData().value(QLatin1String("MetaData")).toObject();
        if (meta.value(QLatin1String("name")).toString() == provider)
            return loader;
    }
    return nullptr;
}

inline QJsonObject pluginMetadata(const QString& provider)
{
    const std::unique_ptr<QPluginLoader> loader = findPlugin(provider);
    return loader ? loader->metaData().value(QLatin1String("MetaData")).toObject() : QJsonObject();
}

// A provider instance from its plugin, cast to the interface the test needs.
template <typename ProviderType>
std::unique_ptr<ProviderType> createProvider(const QString& provider, const QJsonObject& settings = {})
{
    const std::unique_ptr<QPluginLoader> loader = findPlugin(provider);
    if (!loader)
        return nullptr;
    auto* plugin = qobject_cast<ProviderPlugin*>(loader->instance());
    if (!plugin)
        return nullptr;
    ProviderContext context;
    context.settings = settings;
    std::unique_ptr<Provider> created = plugin->create(context);
    auto* typed = dynamic_cast<ProviderType*>(created.get());
    if (!typed)
        return nullptr;
    created.release();
    return std::unique_ptr<ProviderType>(typed);
}

// runToCompletion with the offline engines' longer bound (a cold PocketSphinx model load).
template <typename Job> std::unique_ptr<Job> runJob(Job* job, int timeoutMs = 60000)
{
    return test::runToCompletion(job, timeoutMs);
}

inline QString errorText(const ProviderJob& job)
{
    return job.hasError() ? job.error().summary() : QString();
}

} // namespace vd::test
