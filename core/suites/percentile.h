#pragma once

#include <QList>
#include <optional>

namespace vd {

// Nearest-rank percentile (q in (0, 1]) of `values`, in any order: the smallest value with at
// least q of the values at or below it. Nothing for no values.
std::optional<double> nearestRankPercentile(QList<double> values, double q);

} // namespace vd
