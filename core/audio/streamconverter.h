#pragma once

#include "core/model/audioclip.h"

#include <vector>

struct soxr;

namespace vd {

// The format a decoder should deliver: the file's own, or mono and/or another sample rate.
struct AudioTarget
{
    int sampleRate = 0; // 0: the input's own rate
    bool mono = false;

    // What speech engines and every STT provider want (they convert to it themselves otherwise).
    static AudioTarget speech(int rate = 16000) { return {rate, true}; }
};

// Downmixes and resamples interleaved float blocks as they are decoded (libsoxr's streaming
// API, the same HQ quality as resample()), appending the result to a clip, so that a long,
// high-rate or many-channel file is never held whole in its own format. Internal to core/audio.
class StreamConverter
{
public:
    // `maxSamples` bounds how far the result's buffer grows ahead of what it holds.
    StreamConverter(int inputRate, int inputChannels, const AudioTarget& target, qint64 maxSamples);
    ~StreamConverter();
    StreamConverter(const StreamConverter&) = delete;
    StreamConverter& operator=(const StreamConverter&) = delete;

    int outputRate() const { return m_outputRate; }
    int outputChannels() const { return m_outputChannels; }
    // Output samples (frames × channels) that `inputFrames` frames become.
    double outputSamples(double inputFrames) const;

    // Converts `frames` interleaved input frames and appends them to `clip.samples`.
    void push(const float* data, qint64 frames, AudioClip& clip);
    // Appends what the resampler still holds; call once after the last push().
    void finish(AudioClip& clip);

private:
    void resampleInto(const float* data, size_t frames, AudioClip& clip);
    void append(const float* data, size_t frames, AudioClip& clip);

    int m_inputRate;
    int m_inputChannels;
    int m_outputRate;
    int m_outputChannels;
    qint64 m_maxSamples;
    soxr* m_soxr = nullptr; // null when the rate stays
    std::vector<float> m_mono;
    std::vector<float> m_output;
};

} // namespace vd
