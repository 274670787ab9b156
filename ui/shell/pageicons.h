#pragma once

#include <QIcon>

namespace vd {

// Line drawings for the main window's pages: one consistent set in the palette's text colour,
// crisp at every size, on every desktop. (Desktop icon themes differ in what they name and how
// it looks, Qt has no theme at all outside a desktop session, and no SVG plugin is installed.)
enum class PageGlyph
{
    Microphone,
    Speaker,
    Providers,
    Pulse,
    History,
    Checklist
};

QIcon pageIcon(PageGlyph glyph);

} // namespace vd
