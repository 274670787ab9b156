#include "core/providers/offline/espeak/espeakplugin.h"

#include "core/providers/offline/espeak/espeaktexttospeech.h"

namespace vd {

std::unique_ptr<Provider> EspeakPlugin::create(const ProviderContext& context)
{
    return std::make_unique<EspeakTextToSpeech>(context.settings);
}

} // namespace vd
