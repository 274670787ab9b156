#include "ui/audio/audiolevel.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace vd {

AudioLevel measureLevel(const qint16* samples, qsizetype count)
{
    if (!samples || count <= 0)
        return {};
    double sumSquares = 0.0;
    int peak = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int s = samples[i];
        sumSquares += double(s) * s;
        peak = std::max(peak, std::abs(s));
    }
    constexpr double fullScale = 32768.0;
    return {float(std::sqrt(sumSquares / double(count)) / fullScale), float(std::min(1.0, peak / fullScale))};
}

double toDbfs(float linear, double floorDb)
{
    if (linear <= 0.0f)
        return floorDb;
    return std::max(floorDb, 20.0 * std::log10(double(linear)));
}

double meterFraction(float linear, double floorDb)
{
    if (floorDb >= 0.0)
        return 0.0;
    return std::clamp(1.0 - toDbfs(linear, floorDb) / floorDb, 0.0, 1.0);
}

} // namespace vd
