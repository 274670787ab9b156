#pragma once

#include <QString>

namespace vd {

// Why `text` must not be sent to any text-to-speech provider, or an empty string when it may.
// Shared by the CLI, the GUI and the providers so every path refuses the same texts, before any
// billed request:
// - empty: nothing but whitespace, control characters (NUL included) and invisible format
//   characters (zero-width space/joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, ...);
// - a lone UTF-16 surrogate: no vendor accepts it (JSON encoders turn it into garbage or fail),
//   and replacing it silently would speak something the user did not write. The message names
//   the character's 1-based position, counted in Unicode characters.
QString speechTextProblem(const QString& text);

} // namespace vd
