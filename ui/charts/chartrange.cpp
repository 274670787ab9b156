#include "ui/charts/chartrange.h"

#include <QCoreApplication>

namespace vd {

std::chrono::milliseconds chartRangeDuration(ChartRange range)
{
    switch (range) {
    case ChartRange::FiveMinutes:
        return std::chrono::minutes(5);
    case ChartRange::OneHour:
        return std::chrono::hours(1);
    case ChartRange::OneDay:
        break;
    }
    return std::chrono::hours(24);
}

QString chartRangeLabel(ChartRange range)
{
    switch (range) {
    case ChartRange::FiveMinutes:
        return QCoreApplication::translate("vd::ChartRange", "5 minutes");
    case ChartRange::OneHour:
        return QCoreApplication::translate("vd::ChartRange", "1 hour");
    case ChartRange::OneDay:
        break;
    }
    return QCoreApplication::translate("vd::ChartRange", "24 hours");
}

} // namespace vd
