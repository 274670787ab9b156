#pragma once

#include <QtGlobal>

namespace vd {

// Floats in [-1, 1] to signed 16-bit samples in the machine's byte order: each sample times 32768,
// rounded to nearest (ties to even), saturated to [-32768, 32767]; NaN becomes silence. It is the
// inverse of fromPcm16's division by 32768, so a 16-bit sample read in comes back bit for bit.
// Every upload to a speech-to-text provider is packed this way on the request's way (issue #13),
// so x86-64 takes eight samples a step.
void packPcm16(const float* samples, qint64 count, qint16* out);

} // namespace vd
