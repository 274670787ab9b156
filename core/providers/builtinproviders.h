#pragma once

#include "core/model/providerdefinition.h"

#include <QList>

namespace vd {

// The six cloud providers built into voicedeck_core (openai_stt, google_stt, yandex_stt,
// openai_tts, google_tts, yandex_tts): info, creator and origin "builtin", for the factory.
QList<ProviderDefinition> builtinProviderDefinitions();

} // namespace vd
