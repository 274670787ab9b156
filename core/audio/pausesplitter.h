#pragma once

#include "core/audio/audioclip.h"

#include <QList>

namespace vd {

// Splits a recording that is too long for a synchronous STT API into parts no longer than
// `maxSeconds`, cutting in the quietest stretch (a pause between words) near each limit, so
// the parts can be transcribed separately and their texts joined in order.
struct AudioPart
{
    AudioClip clip;
    double startSeconds = 0.0; // where the part begins in the original clip
};

QList<AudioPart> splitAtPauses(const AudioClip& clip, double maxSeconds);

} // namespace vd
