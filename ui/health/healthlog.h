#pragma once

#include <QLoggingCategory>

namespace vd {

// "voicedeck.ui.health": the Health dashboard (cards, chart feed, probes).
Q_DECLARE_LOGGING_CATEGORY(lcUiHealth)

} // namespace vd
