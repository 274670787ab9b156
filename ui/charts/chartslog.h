#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.charts": the health charts.
Q_DECLARE_LOGGING_CATEGORY(lcUiCharts)

} // namespace vd
