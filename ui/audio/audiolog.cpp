#include "ui/audio/audiolog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiAudio, "voicedeck.ui.audio")

} // namespace vd
