#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.suites": the Suites page (suite files, runs, history, exports).
Q_DECLARE_LOGGING_CATEGORY(lcUiSuites)

} // namespace vd
