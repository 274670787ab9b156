#include "core/providers/offline/pocketsphinx/pocketsphinxplugin.h"

#include "core/providers/offline/pocketsphinx/pocketsphinxspeechtotext.h"

namespace vd {

std::unique_ptr<Provider> PocketSphinxPlugin::create(const ProviderContext& context)
{
    return std::make_unique<PocketSphinxSpeechToText>(context.settings);
}

} // namespace vd
