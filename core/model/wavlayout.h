#pragma once

#include <QByteArray>
#include <optional>

namespace vd {

// What a RIFF/WAVE header says about the samples that follow, read by walking its chunks (a
// LIST or fact chunk may come before "fmt " and "data"). Decoding stays with libsndfile
// (core/audio); this is for the two places that need the header without decoding: the sample
// rate a TTS vendor's WAV answer declares, and where a plain 16-bit PCM answer's samples lie, so
// that judging it reads them directly (issue #13).
struct WavLayout
{
    static constexpr int kPcmFormat = 1; // WAVE_FORMAT_PCM

    int formatTag = 0; // 1 PCM, 3 IEEE float, 0xFFFE extensible, ...
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    int blockAlign = 0; // bytes per frame
    qsizetype dataOffset = 0;
    qint64 declaredDataBytes = -1; // the data chunk's own size field; -1 without a data chunk

    // The "fmt " chunk of `bytes`, and its "data" chunk if one starts; nullopt when `bytes` is
    // not RIFF/WAVE or has no complete "fmt " chunk before the data.
    static std::optional<WavLayout> of(const QByteArray& bytes);

    // Plain interleaved s16le whose data chunk is all there, with a size that is a whole number
    // of frames: the samples are bytes [dataOffset, dataOffset + declaredDataBytes). Anything
    // else (other formats, a streamed header with no real size, a truncated body) needs libsndfile.
    bool isCompletePcm16(qsizetype totalBytes) const;
};

// The sample rate a WAV declares, 0 when `wav` is not one.
int wavSampleRate(const QByteArray& wav);

} // namespace vd
