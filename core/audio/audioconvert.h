#pragma once

#include "core/model/audioclip.h"

#include <QByteArray>

namespace vd {

// Sample-rate and channel conversion (libsoxr) and 16-bit PCM packing. Pure functions, safe to
// call from any thread; the caller keeps long clips off the GUI thread.

// Averages all channels into one.
AudioClip downmixToMono(const AudioClip& clip);
// High-quality resampling with libsoxr; returns the clip unchanged when the rate already matches.
AudioClip resample(const AudioClip& clip, int targetRate);
// Mono at `sampleRate`: what speech engines and most STT APIs want (16 kHz mono).
AudioClip toSpeechFormat(const AudioClip& clip, int sampleRate = 16000);

// Signed 16-bit little-endian interleaved PCM, clipped to the representable range; the inverse of
// fromPcm16 (see packPcm16).
QByteArray toPcm16(const AudioClip& clip);
AudioClip fromPcm16(const QByteArray& pcm, int sampleRate, int channels);

} // namespace vd
