#pragma once

#include <QList>
#include <QPointF>

namespace vd {

// Reduces a line to what `buckets` pixel columns can show: the points with x in [xFrom, xTo]
// are split into equal-width x buckets, and each non-empty bucket keeps its lowest and highest
// point in x order (one point when they coincide). Spikes survive, the result has at most
// 2 * buckets points, and a line with at most one point per bucket comes back unchanged.
// `points` must be sorted by x; the range is found by binary search, so the cost is linear in
// the visible points only.
QList<QPointF> decimateMinMax(const QList<QPointF>& points, double xFrom, double xTo, int buckets);

} // namespace vd
