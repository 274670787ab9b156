#include "ui/speech/speechlog.h"

namespace vd {

Q_LOGGING_CATEGORY(lcUiSpeech, "voicedeck.ui.speech")

} // namespace vd
