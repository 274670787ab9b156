#include "core/audio/streamconverter.h"

#include <algorithm>
#include <cmath>
#include <soxr.h>

namespace vd {

StreamConverter::StreamConverter(int inputRate, int inputChannels, const AudioTarget& target,
                                 qint64 maxSamples)
    : m_inputRate(inputRate), m_inputChannels(inputChannels),
      m_outputRate(target.sampleRate > 0 ? target.sampleRate : inputRate),
      m_outputChannels(target.mono ? 1 : inputChannels), m_maxSamples(maxSamples)
{
    if (m_outputRate == m_inputRate)
        return;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    soxr_error_t error = nullptr;
    // Fails only on invalid parameters, which the decoder's format checks exclude.
    m_soxr =
        soxr_create(m_inputRate, m_outputRate, unsigned(m_outputChannels), &error, &io, &quality, nullptr);
}

StreamConverter::~StreamConverter()
{
    soxr_delete(m_soxr);
}

double StreamConverter::outputSamples(double inputFrames) const
{
    return inputFrames * m_outputRate / m_inputRate * m_outputChannels;
}

void StreamConverter::push(const float* data, qint64 frames, AudioClip& clip)
{
    if (frames <= 0)
        return;
    if (m_outputChannels != m_inputChannels) {
        m_mono.resize(size_t(frames));
        for (qint64 frame = 0; frame < frames; ++frame) {
            const float* in = data + frame * m_inputChannels;
            float sum = 0.0f;
            for (int channel = 0; channel < m_inputChannels; ++channel)
                sum += in[channel];
            m_mono[size_t(frame)] = sum / float(m_inputChannels);
        }
        data = m_mono.data();
    }
    if (m_soxr)
        resampleInto(data, size_t(frames), clip);
    else
        append(data, size_t(frames), clip);
}

void StreamConverter::finish(AudioClip& clip)
{
    if (m_soxr)
        resampleInto(nullptr, 0, clip); // null input: end of input, the filter's tail comes out
}

void StreamConverter::resampleInto(const float* data, size_t frames, AudioClip& clip)
{
    const size_t capacity =
        size_t(std::ceil(double(std::max<size_t>(frames, 1024)) * m_outputRate / m_inputRate)) + 64;
    m_output.resize(capacity * size_t(m_outputChannels));
    size_t consumed = 0;
    while (true) {
        size_t used = 0;
        size_t produced = 0;
        soxr_process(m_soxr, data ? data + consumed * size_t(m_outputChannels) : nullptr, frames - consumed,
                     &used, m_output.data(), capacity, &produced);
        consumed += used;
        append(m_output.data(), produced, clip);
        // Input: until all is taken. End of input: until the tail is drained.
        if (data ? consumed >= frames && produced < capacity : produced == 0)
            break;
    }
}

// Geometric growth (QList::resize alone grows to the exact size each time), never reserving
// beyond the bound: the decoder refuses what would pass it.
void StreamConverter::append(const float* data, size_t frames, AudioClip& clip)
{
    QList<float>& samples = clip.samples;
    const qsizetype count = qsizetype(frames) * m_outputChannels;
    const qsizetype oldSize = samples.size();
    if (samples.capacity() < oldSize + count)
        samples.reserve(std::max(oldSize + count, std::min<qsizetype>(2 * samples.capacity(), m_maxSamples)));
    samples.resize(oldSize + count);
    std::copy(data, data + count, samples.begin() + oldSize);
}

} // namespace vd
