#include "core/audio/pcm16sums.h"

#include <QtEndian>
#include <algorithm>
#include <iterator>

#if defined(__SSE2__) && Q_BYTE_ORDER == Q_LITTLE_ENDIAN
#include <immintrin.h>
#define VD_PCM16_SSE2 1
#if defined(__GNUC__)
#define VD_PCM16_AVX2 1 // compiled for AVX2 here, chosen at run time
#endif
#endif

namespace vd {

namespace {

void sumScalar(const char* s16le, qint64 from, qint64 count, Pcm16Sums& sums)
{
    for (qint64 i = from; i < count; ++i) {
        const qint16 s = qFromLittleEndian<qint16>(s16le + 2 * i);
        sums.lowest = std::min(sums.lowest, s);
        sums.highest = std::max(sums.highest, s);
        sums.sumSquares += quint32(qint32(s) * qint32(s));
    }
}

#if VD_PCM16_SSE2
// Eight samples a step, a third fewer instructions than the compiler makes of sumScalar():
// pmaddwd adds two squares into each 32-bit lane, at most 2^31, so they are widened to 64 bits
// before a second sum could overflow.
qint64 sumSse2(const char* s16le, qint64 count, Pcm16Sums& sums)
{
    const __m128i zero = _mm_setzero_si128();
    __m128i low = zero;
    __m128i high = zero;
    __m128i squares = zero; // two 64-bit lanes
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s16le + 2 * i));
        low = _mm_min_epi16(low, v);
        high = _mm_max_epi16(high, v);
        const __m128i pairs = _mm_madd_epi16(v, v);
        squares = _mm_add_epi64(squares, _mm_unpacklo_epi32(pairs, zero));
        squares = _mm_add_epi64(squares, _mm_unpackhi_epi32(pairs, zero));
    }
    alignas(16) qint16 lows[8];
    alignas(16) qint16 highs[8];
    alignas(16) quint64 lanes[2];
    _mm_store_si128(reinterpret_cast<__m128i*>(lows), low);
    _mm_store_si128(reinterpret_cast<__m128i*>(highs), high);
    _mm_store_si128(reinterpret_cast<__m128i*>(lanes), squares);
    sums.lowest = std::min(sums.lowest, *std::min_element(std::begin(lows), std::end(lows)));
    sums.highest = std::max(sums.highest, *std::max_element(std::begin(highs), std::end(highs)));
    sums.sumSquares += lanes[0] + lanes[1];
    return i;
}
#endif

#if VD_PCM16_AVX2
// The same steps on sixteen samples at a time: half the instructions of sumSse2().
__attribute__((target("avx2"))) qint64 sumAvx2(const char* s16le, qint64 count, Pcm16Sums& sums)
{
    const __m256i zero = _mm256_setzero_si256();
    __m256i low = zero;
    __m256i high = zero;
    __m256i squares = zero; // four 64-bit lanes
    qint64 i = 0;
    for (; i + 16 <= count; i += 16) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s16le + 2 * i));
        low = _mm256_min_epi16(low, v);
        high = _mm256_max_epi16(high, v);
        const __m256i pairs = _mm256_madd_epi16(v, v);
        squares = _mm256_add_epi64(squares, _mm256_unpacklo_epi32(pairs, zero));
        squares = _mm256_add_epi64(squares, _mm256_unpackhi_epi32(pairs, zero));
    }
    alignas(32) qint16 lows[16];
    alignas(32) qint16 highs[16];
    alignas(32) quint64 lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lows), low);
    _mm256_store_si256(reinterpret_cast<__m256i*>(highs), high);
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), squares);
    sums.lowest = std::min(sums.lowest, *std::min_element(std::begin(lows), std::end(lows)));
    sums.highest = std::max(sums.highest, *std::max_element(std::begin(highs), std::end(highs)));
    sums.sumSquares += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    return i;
}

bool cpuHasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

} // namespace

Pcm16Sums sumPcm16(const char* s16le, qint64 count, Pcm16Simd simd)
{
    Pcm16Sums sums;
    qint64 done = 0;
#if VD_PCM16_AVX2
    if (simd == Pcm16Simd::Best && cpuHasAvx2())
        done = sumAvx2(s16le, count, sums);
#endif
#if VD_PCM16_SSE2
    // Also takes up to fifteen samples AVX2 left.
    done += sumSse2(s16le + 2 * done, count - done, sums);
#endif
    Q_UNUSED(simd);
    sumScalar(s16le, done, count, sums);
    return sums;
}

} // namespace vd
