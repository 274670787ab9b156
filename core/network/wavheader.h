#pragma once

#include <QByteArray>

namespace vd {

// The sample rate in a RIFF/WAVE header (what a WAV answer of a TTS vendor says about itself),
// 0 when `wav` does not start with one. Encoding lives in core/audio (libsndfile).
int wavSampleRate(const QByteArray& wav);

} // namespace vd
