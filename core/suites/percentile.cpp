#include "core/suites/percentile.h"

#include <algorithm>
#include <cmath>

namespace vd {

std::optional<double> nearestRankPercentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // The epsilon keeps 0.95 * 20 (18.999...) from rounding up past rank 19.
    const auto rank = qsizetype(std::ceil(q * double(values.size()) - 1e-9));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace vd
