// Fuzzes the audio reader (libsndfile for WAV/FLAC/OGG/MP3 and the raw PCM path) with hostile
// bytes: lying headers, absurd rates and channel counts, truncation.
#include "core/audio/audiodecoder.h"
#include "core/model/audioclip.h"
#include "fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // Small limits keep each run fast; the checks are the same as with the defaults.
    vd::AudioLimits limits;
    limits.maxDurationSeconds = 30.0;
    limits.maxFileBytes = 4 << 20;
    limits.maxSamples = 1 << 22;
    vd::EncodedAudio audio;
    audio.data = vd::fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) { // raw s16le with a rate and channel count from the input
        audio.format = QStringLiteral("pcm");
        audio.sampleRate = int(data[0] >> 1) * 4000 - 8000;
        audio.channels = int(data[0] >> 5) - 1;
    }
    const auto clip = vd::decodeAudio(audio, QStringLiteral("fuzz.wav"), limits);
    if (clip && clip->sampleRate <= 0)
        __builtin_trap(); // a decoded clip must have a usable rate
    return 0;
}
