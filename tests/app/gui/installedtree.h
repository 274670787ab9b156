#pragma once

#include "guiprocess.h"

#include <QString>

namespace vd::test {

// An installed VoiceDeck under `root` (a `cmake --install` prefix, or an extracted .deb's usr/),
// and what a user of it sees: the checks return an empty string when they pass, else what failed.
// The programs run with only what the tree provides: no VOICEDECK_PLUGIN_PATH or LD_LIBRARY_PATH.
class InstalledTree
{
public:
    InstalledTree(const GuiProcessHome& home, const QString& root) : m_home(home), m_root(root) {}

    QString path(const QString& relative) const { return m_root + QLatin1Char('/') + relative; }
    // Whether this build installs the example plugin (-DVOICEDECK_INSTALL_EXAMPLE_PLUGIN=ON).
    static bool installsExample()
    {
        return qEnvironmentVariableIntValue("VOICEDECK_INSTALL_EXAMPLE_PLUGIN") == 1;
    }

    // `voicedeck-cli providers --json`: the three offline engines listed as enabled, configured
    // built-in providers, and no plugin refused.
    QString checkCliListsTheOfflineEngines() const;
    // `voicedeck --screenshot FILE` paints the main window into a PNG that holds a picture.
    QString checkGuiPaintsItsWindow() const;
    // Every plugin in `pluginDir` resolves its libraries, libvoicedeck-core from the tree.
    QString checkPluginsResolveTheirLibraries(const QString& pluginDir) const;

private:
    QProcessEnvironment environment() const;

    const GuiProcessHome& m_home;
    QString m_root;
};

} // namespace vd::test
