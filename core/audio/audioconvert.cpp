#include "core/audio/audioconvert.h"

#include "core/audio/pcm16pack.h"

#include <QtEndian>
#include <cmath>
#include <soxr.h>

namespace vd {

AudioClip downmixToMono(const AudioClip& clip)
{
    if (clip.channels <= 1)
        return clip;
    AudioClip mono;
    mono.sampleRate = clip.sampleRate;
    mono.channels = 1;
    const qint64 frames = clip.frameCount();
    mono.samples.resize(frames);
    const float* in = clip.samples.constData();
    float* out = mono.samples.data();
    for (qint64 frame = 0; frame < frames; ++frame) {
        float sum = 0.0f;
        for (int channel = 0; channel < clip.channels; ++channel)
            sum += in[frame * clip.channels + channel];
        out[frame] = sum / float(clip.channels);
    }
    return mono;
}

AudioClip resample(const AudioClip& clip, int targetRate)
{
    if (clip.sampleRate == targetRate || clip.isEmpty() || targetRate <= 0 || clip.sampleRate <= 0)
        return clip;
    AudioClip result;
    result.sampleRate = targetRate;
    result.channels = clip.channels;
    const double ratio = double(targetRate) / double(clip.sampleRate);
    const size_t inFrames = size_t(clip.frameCount());
    const size_t outCapacity = size_t(std::ceil(double(inFrames) * ratio)) + 16;
    result.samples.resize(qsizetype(outCapacity) * clip.channels);

    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    size_t produced = 0;
    const soxr_error_t error =
        soxr_oneshot(clip.sampleRate, targetRate, unsigned(clip.channels), clip.samples.constData(), inFrames,
                     nullptr, result.samples.data(), outCapacity, &produced, &io, &quality, nullptr);
    if (error) // only on invalid parameters, which the checks above exclude
        return {};
    result.samples.resize(qsizetype(produced) * clip.channels);
    return result;
}

AudioClip toSpeechFormat(const AudioClip& clip, int sampleRate)
{
    return resample(downmixToMono(clip), sampleRate);
}

QByteArray toPcm16(const AudioClip& clip)
{
    const qsizetype count = clip.samples.size();
    QByteArray pcm(count * qsizetype(sizeof(qint16)), Qt::Uninitialized);
    auto* out = reinterpret_cast<qint16*>(pcm.data());
    packPcm16(clip.samples.constData(), count, out);
    if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
        qToLittleEndian<qint16>(out, count, out);
    return pcm;
}

AudioClip fromPcm16(const QByteArray& pcm, int sampleRate, int channels)
{
    AudioClip clip;
    clip.sampleRate = sampleRate;
    clip.channels = channels;
    const qsizetype count = pcm.size() / qsizetype(sizeof(qint16));
    clip.samples.resize(count - (channels > 0 ? count % channels : 0));
    const auto* in = reinterpret_cast<const uchar*>(pcm.constData());
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = float(qFromLittleEndian<qint16>(in + i * 2)) / 32768.0f;
    return clip;
}

} // namespace vd
