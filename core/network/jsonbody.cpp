#include "core/network/jsonbody.h"

#include <QLocale>
#include <cmath>

namespace vd {

namespace {

// RFC 8259 §7: the quotation mark, the reverse solidus and the control characters must be
// escaped; everything else is written as UTF-8.
void appendEscaped(QByteArray& out, const QString& value)
{
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

} // namespace

void JsonBody::addKey(const char* key)
{
    if (m_bytes.size() > 1)
        m_bytes += ',';
    m_bytes += '"';
    m_bytes += key;
    m_bytes += "\":";
}

JsonBody& JsonBody::add(const char* key, const QString& value)
{
    addKey(key);
    appendEscaped(m_bytes, value);
    return *this;
}

JsonBody& JsonBody::add(const char* key, double value)
{
    addKey(key);
    if (std::isfinite(value))
        m_bytes += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_bytes += "null";
    return *this;
}

} // namespace vd
