#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.shell": the main window, its navigation, preferences and saved session.
Q_DECLARE_LOGGING_CATEGORY(lcUiShell)

} // namespace vd
