#pragma once

#include "core/audio/audioclip.h"
#include "core/model/result.h"

#include <QString>

namespace vd {

// Bounds that keep absurd or hostile input from exhausting memory: anything beyond them is
// refused with a bad_request error instead of being decoded.
struct AudioLimits
{
    double maxDurationSeconds = 4 * 3600.0;
    qint64 maxFileBytes = qint64(2) << 30; // 2 GiB
    int maxChannels = 8;
    int maxSampleRate = 384000;
};

// Decoding of WAV (8/16/24/32-bit integer and float), FLAC, OGG Vorbis/Opus and MP3 with
// libsndfile, and of raw "pcm" (s16le) without it. Every failure is a ProviderError of kind
// bad_request whose message names the file and the problem. Safe to call from any thread; the
// caller keeps long files off the GUI thread.

// Reads and decodes the file at `path`.
Result<AudioClip> decodeAudioFile(const QString& path, const AudioLimits& limits = {});

// Decodes in-memory bytes. `audio.format` "pcm" means raw s16le read with `audio.sampleRate`
// and `audio.channels`; any other format (or none) is detected from the bytes. `sourceName`
// names the data in messages ("speech.ogg"); empty means "the audio data".
Result<AudioClip> decodeAudio(const EncodedAudio& audio, const QString& sourceName = {},
                              const AudioLimits& limits = {});

} // namespace vd
