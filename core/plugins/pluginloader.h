#pragma once

#include "core/model/providerdefinition.h"
#include "core/model/result.h"
#include "core/plugins/pluginscan.h"
#include "core/registry/pluginfailure.h"

#include <QString>
#include <QStringList>

namespace vd {

class ProviderRegistry;

// Provider plugins (PRODUCT.md §6): discovery in the plugin folders, metadata and interface
// checks, and definitions whose creator calls the plugin. A bad plugin is never fatal: it is
// reported as a PluginFailure with the reason. Loaded libraries are never unloaded, so provider
// instances created from them stay valid for the life of the process.

// `$VOICEDECK_PLUGIN_PATH` (colon-separated), then pluginDirBesideExecutable(), then
// installedPluginDir(), then `<GenericDataLocation>/voicedeck/plugins`, without duplicates.
QStringList defaultPluginPaths();

// `<applicationDirPath>/plugins`: where a build tree keeps every plugin (build/bin/plugins).
QString pluginDirBesideExecutable();
// Where `cmake --install` and the .deb put the built-in plugins, found relative to the executable
// so that any prefix works: `<applicationDirPath>/../lib/voicedeck/plugins` (the relative path
// is fixed at configure time from CMAKE_INSTALL_BINDIR and CMAKE_INSTALL_LIBDIR).
QString installedPluginDir();

// The one folder whose plugins may declare `"type": "builtin"` (VoiceDeck's own offline engines):
// pluginDirBesideExecutable() when it exists (a build tree), else installedPluginDir(). Plugins
// elsewhere claiming builtin are refused.
QString builtinPluginDir();

// Checks and loads one plugin file. `builtinDir` overrides builtinPluginDir() (tests, installs
// that keep the engines elsewhere).
Result<ProviderDefinition, PluginFailure> loadPlugin(const QString& file,
                                                     const QString& builtinDir = builtinPluginDir());

// Loads every library in `paths` (folders or single files; missing folders are skipped). Non-library
// files are ignored; a provider name seen twice is refused the second time.
PluginScan scanPlugins(const QStringList& paths, const QString& builtinDir = builtinPluginDir());

// Registers the scan's providers and records its failures (and any provider the registry refuses,
// e.g. a plugin reusing a built-in name) in the registry. Returns how many providers were added.
int registerScan(ProviderRegistry& registry, const PluginScan& scan);

} // namespace vd
