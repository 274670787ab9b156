#include "core/audio/pcm16pack.h"

#include <algorithm>
#include <cmath>

#if defined(__SSE2__)
#include <immintrin.h>
#define VD_PCM16_PACK_SSE2 1
#endif

namespace vd {

namespace {

void packScalar(const float* samples, qint64 from, qint64 count, qint16* out)
{
    for (qint64 i = from; i < count; ++i) {
        const float sample = samples[i];
        const float scaled = std::isnan(sample) ? 0.0f : std::clamp(sample * 32768.0f, -32768.0f, 32767.0f);
        out[i] = qint16(std::lrint(scaled)); // the current rounding mode: nearest, ties to even
    }
}

#if VD_PCM16_PACK_SSE2
// cvtps2dq rounds like lrint; the clamp before it keeps huge values from converting to INT_MIN,
// and packssdw saturates 32768 to 32767.
__m128i scaleAndRound(__m128 v)
{
    const __m128 scale = _mm_set1_ps(32768.0f);
    const __m128 lowest = _mm_set1_ps(-32768.0f);
    const __m128 highest = _mm_set1_ps(32767.0f);
    v = _mm_and_ps(v, _mm_cmpord_ps(v, v)); // NaN to 0
    return _mm_cvtps_epi32(_mm_min_ps(_mm_max_ps(_mm_mul_ps(v, scale), lowest), highest));
}

qint64 packSse2(const float* samples, qint64 count, qint16* out)
{
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m128i low = scaleAndRound(_mm_loadu_ps(samples + i));
        const __m128i high = scaleAndRound(_mm_loadu_ps(samples + i + 4));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_packs_epi32(low, high));
    }
    return i;
}
#endif

} // namespace

void packPcm16(const float* samples, qint64 count, qint16* out)
{
    qint64 done = 0;
#if VD_PCM16_PACK_SSE2
    done = packSse2(samples, count, out);
#endif
    packScalar(samples, done, count, out);
}

} // namespace vd
