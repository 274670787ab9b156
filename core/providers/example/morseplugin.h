#pragma once

#include "core/model/providerplugin.h"

#include <QObject>

namespace vd {

// The example provider plugin — and the template for third-party plugins (see README.md):
//  1. a QObject that also derives from vd::ProviderPlugin, with Q_INTERFACES(vd::ProviderPlugin);
//  2. Q_PLUGIN_METADATA with IID VoiceDeckProviderPlugin_iid and a JSON file describing the
//     provider (api_version, name, category, type, settings schema, ...), so VoiceDeck can list
//     and validate it without running any of its code;
//  3. create(), which receives settings already validated against that schema, with defaults
//     filled in, and returns a new provider instance.
// Build it as a MODULE library linking voicedeck_core and drop it into a plugin folder.
class MorsePlugin : public QObject, public ProviderPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VoiceDeckProviderPlugin_iid FILE "example_morse_tts.json")
    Q_INTERFACES(vd::ProviderPlugin)

public:
    std::unique_ptr<Provider> create(const ProviderContext& context) override;
};

} // namespace vd
