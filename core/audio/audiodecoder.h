#pragma once

#include "core/audio/streamconverter.h"
#include "core/model/audioclip.h"
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
    // Nothing records below 4 kHz (telephony is 8 kHz, the oldest formats 5.5 kHz) and speech
    // is no longer intelligible there: such a rate is a damaged or hostile header, and it turns
    // a few kilobytes of samples into hours of audio (32 KB at 3 Hz: 1.5 h, 2.5 GB uploaded).
    int minSampleRate = 4000;
    int maxSampleRate = 384000;
    // Samples the result may hold (frames × channels after conversion): 2^28 floats, 1 GiB,
    // e.g. 4 h of 16 kHz mono or 46 min of 48 kHz stereo. Checked from the header before
    // decoding and again as samples arrive (headers lie).
    qint64 maxSamples = qint64(1) << 28;
};

// Decoding of WAV (8/16/24/32-bit integer and float), FLAC, OGG Vorbis/Opus and MP3 with
// libsndfile, and of raw "pcm" (s16le) without it. Every failure is a ProviderError of kind
// bad_request whose message names the file and the problem. Safe to call from any thread; the
// caller keeps long files off the GUI thread.

// Reads and decodes the file at `path`, converted to `target` block by block while decoding
// (AudioTarget::speech() for STT: memory then follows 16 kHz mono, not the file's format).
Result<AudioClip> decodeAudioFile(const QString& path, const AudioLimits& limits = {},
                                  const AudioTarget& target = {});

// Decodes in-memory bytes. `audio.format` "pcm" means raw s16le read with `audio.sampleRate`
// and `audio.channels`; any other format (or none) is detected from the bytes. `sourceName`
// names the data in messages ("speech.ogg"); empty means "the audio data".
Result<AudioClip> decodeAudio(const EncodedAudio& audio, const QString& sourceName = {},
                              const AudioLimits& limits = {});

// Peak and energy of every sample, gathered while decoding.
struct AudioMeasurement
{
    int sampleRate = 0;
    int channels = 0;
    qint64 samples = 0; // frames × channels
    double peak = 0.0;  // of |sample|, full scale 1.0
    double sumSquares = 0.0;

    static AudioMeasurement of(const AudioClip& clip);
    void add(const float* samples, qint64 count);
    void addPcm16(const char* s16le, qint64 count); // interleaved 16-bit little-endian samples
    double seconds() const
    {
        return sampleRate > 0 && channels > 0 ? double(samples) / channels / sampleRate : 0.0;
    }
};

// Decodes like decodeAudio() with the same checks and errors, but keeps only the measurement:
// judging an answer this way allocates no buffer for its samples.
Result<AudioMeasurement> measureAudio(const EncodedAudio& audio, const QString& sourceName = {},
                                      const AudioLimits& limits = {});
// Whether measureAudio() reads `audio`'s samples where they lie, without decoding: raw PCM and
// plain 16-bit PCM WAV whose data is all there (a broken limit fails from the header, as cheaply).
bool isMeasuredInPlace(const EncodedAudio& audio);

} // namespace vd
