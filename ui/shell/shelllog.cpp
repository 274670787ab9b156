#include "ui/shell/shelllog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiShell, "voicedeck.ui.shell")

} // namespace vd
