#include "ui/charts/minmaxdecimation.h"

#include <algorithm>

namespace vd {

QList<QPointF> decimateMinMax(const QList<QPointF>& points, double xFrom, double xTo, int buckets)
{
    QList<QPointF> out;
    if (buckets <= 0 || xTo < xFrom)
        return out;
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    const auto first = std::lower_bound(points.cbegin(), points.cend(), xFrom, byX);
    const auto last =
        std::upper_bound(first, points.cend(), xTo, [](double x, const QPointF& p) { return x < p.x(); });
    out.reserve(std::min<qsizetype>(last - first, 2 * qsizetype(buckets)));

    const double width = xTo > xFrom ? xTo - xFrom : 1.0;
    auto it = first;
    while (it != last) {
        const int bucket = std::min(buckets - 1, int((it->x() - xFrom) / width * buckets));
        auto low = it;
        auto high = it;
        for (++it; it != last && std::min(buckets - 1, int((it->x() - xFrom) / width * buckets)) == bucket;
             ++it) {
            if (it->y() < low->y())
                low = it;
            if (it->y() > high->y())
                high = it;
        }
        if (low == high) {
            out.append(*low);
        } else if (low < high) {
            out.append(*low);
            out.append(*high);
        } else {
            out.append(*high);
            out.append(*low);
        }
    }
    return out;
}

} // namespace vd
