#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.speech": the Speech-to-text and Text-to-speech pages.
Q_DECLARE_LOGGING_CATEGORY(lcUiSpeech)

} // namespace vd
