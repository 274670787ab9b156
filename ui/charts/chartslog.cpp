#include "ui/charts/chartslog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiCharts, "voicedeck.ui.charts")

} // namespace vd
