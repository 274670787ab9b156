#pragma once

#include "core/model/providerplugin.h"

#include <QObject>

namespace vd {

// The plugin root object of espeak_tts; its metadata is espeak_tts.json.
class EspeakPlugin : public QObject, public ProviderPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VoiceDeckProviderPlugin_iid FILE "espeak_tts.json")
    Q_INTERFACES(vd::ProviderPlugin)

public:
    std::unique_ptr<Provider> create(const ProviderContext& context) override;
};

} // namespace vd
