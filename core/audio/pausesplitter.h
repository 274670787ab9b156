#pragma once

#include "core/model/audioclip.h"

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

// Each cut falls in the middle of the quietest 25 ms stretch within the last 3 s (at most half a
// part) before the limit; when nothing there is clearly quieter than the rest (steady noise, a
// held tone), the cut is hard, at the limit. The parts cover the clip exactly once, in order.
// An empty clip gives no parts; a clip within the limit, or maxSeconds <= 0, gives one part.
QList<AudioPart> splitAtPauses(const AudioClip& clip, double maxSeconds);

} // namespace vd
