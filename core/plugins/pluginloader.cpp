#include "core/plugins/pluginloader.h"

#include "core/corelog.h"
#include "core/model/providerplugin.h"
#include "core/plugins/pluginmetadata.h"
#include "core/registry/providerregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>
#include <QStandardPaths>
#include <memory>

namespace vd {

namespace {

// A plugin whose metadata passed every check, not yet instantiated.
struct InspectedPlugin
{
    std::shared_ptr<QPluginLoader> loader;
    ProviderInfo info;
    QString path;
};

PluginFailure failure(const QString& path, const QString& name, const QString& reason)
{
    return PluginFailure{path, name, reason};
}

bool isInsideFolder(const QString& canonicalFile, const QString& folder)
{
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    return !canonicalFolder.isEmpty() && QFileInfo(canonicalFile).absolutePath() == canonicalFolder;
}

// Everything that can be checked from the metadata alone; QPluginLoader reads it from the file
// without running any of the plugin's code.
Result<InspectedPlugin, PluginFailure> inspect(const QString& file, const QString& builtinDir)
{
    const QFileInfo fileInfo(file);
    if (!fileInfo.exists())
        return failure(file, {}, QStringLiteral("The file does not exist; check the path."));
    if (!fileInfo.isFile() || !fileInfo.isReadable())
        return failure(file, {},
                       QStringLiteral("The file cannot be read; check that it is a file and its "
                                      "permissions allow reading."));
    const QString path = fileInfo.canonicalFilePath();
    auto loader = std::make_shared<QPluginLoader>(path);
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty())
        return failure(path, {},
                       QStringLiteral("Not a Qt plugin (the library has no plugin metadata); remove "
                                      "it from the plugin folder."));
    const QString iid = meta.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(VoiceDeckProviderPlugin_iid))
        return failure(path, {},
                       QStringLiteral("A Qt plugin of another kind (IID \"%1\"), not a VoiceDeck "
                                      "provider plugin (IID \"%2\"); remove it from the plugin folder.")
                           .arg(iid, QLatin1String(VoiceDeckProviderPlugin_iid)));
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    if (data.isEmpty())
        return failure(path, {},
                       QStringLiteral("The plugin has no provider metadata; build it with "
                                      "Q_PLUGIN_METADATA(IID VoiceDeckProviderPlugin_iid FILE "
                                      "\"<name>.json\")."));
    const QString declaredName = data.value(QStringLiteral("name")).toString();
    auto info = providerInfoFromMetadata(data);
    if (!info)
        return failure(path, declaredName, info.error());
    if (info->type == ProviderType::Builtin && !isInsideFolder(path, builtinDir))
        return failure(
            path, declaredName,
            QStringLiteral("It declares type \"builtin\", which only VoiceDeck's own plugins in %1 may "
                           "use; a custom plugin must declare \"custom\", \"third_party\" or "
                           "\"experimental\".")
                .arg(QDir::toNativeSeparators(builtinDir)));
    return InspectedPlugin{std::move(loader), std::move(info).value(), path};
}

// Loads the library and checks that its root object really implements the interface.
Result<ProviderDefinition, PluginFailure> instantiate(const InspectedPlugin& plugin)
{
    QObject* root = plugin.loader->instance();
    if (!root)
        return failure(
            plugin.path, plugin.info.name,
            QStringLiteral("The library could not be loaded (%1); check that the libraries it needs are "
                           "installed and that it was built for this Qt and VoiceDeck.")
                .arg(plugin.loader->errorString()));
    auto* providerPlugin = qobject_cast<ProviderPlugin*>(root);
    if (!providerPlugin) {
        const QString className = QString::fromLatin1(root->metaObject()->className());
        plugin.loader->unload(); // nothing was created from it, so unloading is safe
        return failure(
            plugin.path, plugin.info.name,
            QStringLiteral("Its root object %1 does not implement the VoiceDeck provider interface; "
                           "derive it from vd::ProviderPlugin and add Q_INTERFACES(vd::ProviderPlugin).")
                .arg(className));
    }
    ProviderDefinition definition;
    definition.info = plugin.info;
    definition.origin = plugin.path;
    // The creator owns a reference to the loader; the library is never unloaded.
    definition.create = [loader = plugin.loader, providerPlugin](const ProviderContext& context) {
        Q_UNUSED(loader)
        return providerPlugin->create(context);
    };
    qCInfo(lcPlugins).noquote() << "loaded plugin" << plugin.info.name << "from" << plugin.path;
    return definition;
}

// Library files under `paths`, canonical and without duplicates, in a stable order.
QStringList candidateFiles(const QStringList& paths)
{
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QFileInfo& info) {
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty() && !seen.contains(canonical)) {
            seen.insert(canonical);
            files << info.filePath();
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QFileInfo& entry :
                 dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name)) {
                if (QLibrary::isLibrary(entry.fileName()))
                    add(entry);
            }
        } else if (info.isFile()) {
            add(info);
        } else {
            qCDebug(lcPlugins).noquote() << "no plugins at" << path;
        }
    }
    return files;
}

} // namespace

QStringList defaultPluginPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("VOICEDECK_PLUGIN_PATH");
    for (const QString& path : fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << QDir::cleanPath(path);
    if (QCoreApplication::instance())
        paths << pluginDirBesideExecutable() << installedPluginDir();
    paths << QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                 QStringLiteral("/voicedeck/plugins");
    paths.removeDuplicates();
    return paths;
}

QString pluginDirBesideExecutable()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/plugins");
}

QString installedPluginDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(VOICEDECK_RELATIVE_PLUGIN_DIR));
}

QString builtinPluginDir()
{
    if (!QCoreApplication::instance())
        return {};
    const QString beside = pluginDirBesideExecutable();
    return QFileInfo(beside).isDir() ? beside : installedPluginDir();
}

Result<ProviderDefinition, PluginFailure> loadPlugin(const QString& file, const QString& builtinDir)
{
    auto inspected = inspect(file, builtinDir);
    if (!inspected)
        return inspected.error();
    return instantiate(inspected.value());
}

PluginScan scanPlugins(const QStringList& paths, const QString& builtinDir)
{
    PluginScan scan;
    QHash<QString, QString> originByName;
    for (const QString& file : candidateFiles(paths)) {
        auto inspected = inspect(file, builtinDir);
        if (!inspected) {
            scan.failures << inspected.error();
            continue;
        }
        const QString& name = inspected->info.name;
        if (originByName.contains(name)) {
            scan.failures << failure(
                inspected->path, name,
                QStringLiteral("Another plugin, %1, already provides \"%2\"; remove one of "
                               "the two files.")
                    .arg(originByName.value(name), name));
            continue;
        }
        auto definition = instantiate(inspected.value());
        if (!definition) {
            scan.failures << definition.error();
            continue;
        }
        originByName.insert(name, inspected->path);
        scan.providers << std::move(definition).value();
    }
    for (const PluginFailure& f : std::as_const(scan.failures))
        qCWarning(lcPlugins).noquote() << "plugin" << f.path << "refused:" << f.reason;
    return scan;
}

int registerScan(ProviderRegistry& registry, const PluginScan& scan)
{
    int added = 0;
    for (const ProviderDefinition& definition : scan.providers) {
        const Status status = registry.registerProvider(definition);
        if (status)
            ++added;
        else
            registry.addFailure(
                PluginFailure{definition.origin, definition.info.name, status.error().message});
    }
    for (const PluginFailure& f : scan.failures)
        registry.addFailure(f);
    return added;
}

} // namespace vd
