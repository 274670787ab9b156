#pragma once

#include "core/model/audioclip.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/providers/offline/backgroundjobs.h"

namespace vd {

// Input checks and output packaging shared by the offline TTS engines.

// Refuses empty text (bad_request), text over `limit` (too_large) and a speed outside 0.25–4
// (bad_request), naming `provider` in the message.
Status checkSynthesisRequest(const SynthesisRequest& request, const TextLimit& limit,
                             const QString& provider);

// Encodes a mono clip in the requested format (empty = "wav") and keeps its PCM for pcmChunk.
Result<SpeechOutput> packageSpeech(const AudioClip& clip, const QString& format);

} // namespace vd
