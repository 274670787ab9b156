#include "core/providers/offline/flite/fliteplugin.h"

#include "core/providers/offline/flite/flitetexttospeech.h"

namespace vd {

std::unique_ptr<Provider> FlitePlugin::create(const ProviderContext& context)
{
    return std::make_unique<FliteTextToSpeech>(context.settings);
}

} // namespace vd
