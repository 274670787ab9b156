#pragma once

#include <QtGlobal>

namespace vd {

// Loudness sums over interleaved 16-bit little-endian samples, exact in integers: the lowest and
// highest sample and the sum of the squares (a square is at most 2^30; 2^28 samples sum below
// 2^63). Every TTS answer the router accepts is measured this way on the routing thread, so the
// pass takes the widest vector unit the CPU has (issue #13).
struct Pcm16Sums
{
    qint16 lowest = 0;
    qint16 highest = 0;
    quint64 sumSquares = 0;
};

enum class Pcm16Simd
{
    Best,     // AVX2 where the CPU has it, else SSE2 (every x86-64 CPU), else plain code
    Baseline, // SSE2 on x86-64, else plain code: what a CPU without AVX2 runs (for tests)
};

Pcm16Sums sumPcm16(const char* s16le, qint64 count, Pcm16Simd simd = Pcm16Simd::Best);

} // namespace vd
