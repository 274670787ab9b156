#include "core/model/speechtypes.h"

namespace vd {

int TextLimit::measure(const QString& text) const
{
    if (unit == Unit::Utf8Bytes)
        return int(text.toUtf8().size());
    // Code points, as vendors count "characters" (a surrogate pair is one character).
    return int(text.toUcs4().size());
}

} // namespace vd
