#pragma once

#include "core/model/providerplugin.h"

#include <QObject>

namespace vd {

// The plugin root object of pocketsphinx_stt; its metadata is pocketsphinx_stt.json.
class PocketSphinxPlugin : public QObject, public ProviderPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VoiceDeckProviderPlugin_iid FILE "pocketsphinx_stt.json")
    Q_INTERFACES(vd::ProviderPlugin)

public:
    std::unique_ptr<Provider> create(const ProviderContext& context) override;
};

} // namespace vd
