#pragma once

#include <QByteArray>

namespace vd {

// The WAV framing the cloud providers need: a 44-byte RIFF/WAVE header in front of signed 16-bit little-endian PCM. Kept apart so it can
// be swapped for the libsndfile encoder of core/audio.
QByteArray wavFromPcm16(const QByteArray& pcm, int sampleRate, int channels);
// The sample rate in a RIFF/WAVE header, 0 when `wav` does not start with one.
int wavSampleRate(const QByteArray& wav);

} // namespace vd
