#pragma once

#include "core/model/providerplugin.h"

#include <QObject>

namespace vd {

// The plugin root object of flite_tts; its metadata is flite_tts.json.
class FlitePlugin : public QObject, public ProviderPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VoiceDeckProviderPlugin_iid FILE "flite_tts.json")
    Q_INTERFACES(vd::ProviderPlugin)

public:
    std::unique_ptr<Provider> create(const ProviderContext& context) override;
};

} // namespace vd
