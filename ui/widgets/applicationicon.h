#pragma once

#include <QIcon>

namespace vd {

// VoiceDeck's icon from the embedded PNGs (16-256 px; Qt has no SVG image plugin here).
QIcon applicationIcon();

// Registers the embedded resources (:/icons) of this static library; safe to call repeatedly.
void initUiResources();

} // namespace vd
