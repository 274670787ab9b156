#include "core/providers/example/morsevoicelistjob.h"

namespace vd {

void MorseVoiceListJob::doStart()
{
    setVoices({Voice{QStringLiteral("morse"), tr("Morse code"), {QStringLiteral("en")}, QString()}});
    emitResult();
}

} // namespace vd
