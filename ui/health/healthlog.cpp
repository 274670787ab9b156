#include "ui/health/healthlog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiHealth, "voicedeck.ui.health", QtInfoMsg)

} // namespace vd
