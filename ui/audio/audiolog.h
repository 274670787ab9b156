#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.audio": microphone capture and playback.
Q_DECLARE_LOGGING_CATEGORY(lcUiAudio)

} // namespace vd
