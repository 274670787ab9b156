#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.providers": the Providers page (order, settings, keys, tests, breakers).
Q_DECLARE_LOGGING_CATEGORY(lcUiProviders)

} // namespace vd
