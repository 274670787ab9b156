#include "core/providers/example/morseprobejob.h"

namespace vd {

void MorseProbeJob::doStart()
{
    setDetail(tr("Morse tone generator ready"));
    emitResult();
}

} // namespace vd
