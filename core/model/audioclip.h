#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vd {

// Decoded audio: interleaved float samples in [-1, 1]. QList is implicitly shared, so passing a
// clip between threads and requests does not copy the samples.
struct AudioClip
{
    int sampleRate = 0;
    int channels = 0;
    QList<float> samples; // interleaved, frames * channels values

    qint64 frameCount() const { return channels > 0 ? samples.size() / channels : 0; }
    double durationSeconds() const { return sampleRate > 0 ? double(frameCount()) / sampleRate : 0.0; }
    bool isEmpty() const { return frameCount() == 0; }
};

// Encoded audio as a provider returns it or a file holds it: the bytes plus what they are.
// `format` is a file-type name: "wav", "flac", "ogg" (Vorbis or Opus), "mp3", or "pcm"
// (raw signed 16-bit little-endian, no header; sampleRate and channels then say how to read it).
struct EncodedAudio
{
    QByteArray data;
    QString format;
    int sampleRate = 0; // 0 when unknown until decoded
    int channels = 1;
};

} // namespace vd
