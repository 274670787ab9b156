#include "ui/providers/providerslog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiProviders, "voicedeck.ui.providers")

} // namespace vd
