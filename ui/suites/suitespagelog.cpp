#include "ui/suites/suitespagelog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiSuites, "voicedeck.ui.suites")

} // namespace vd
