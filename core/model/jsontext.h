#pragma once

#include <QByteArray>
#include <QStringView>

namespace vd {

// Pieces of compact JSON text written straight into bytes, for the places where building a
// QJsonObject tree first costs far more than the data is worth: a request body on the routing
// thread, and the state file's health history (90k samples, rewritten once a second while
// requests come). What they write parses back to exactly the values given.

// `value` quoted, with what RFC 8259 §7 requires escaped (the quotation mark, the reverse solidus,
// control characters); everything else as UTF-8.
void appendJsonString(QByteArray& out, QStringView value);
// The shortest form that parses back to the same double; NaN and infinities become null.
void appendJsonNumber(QByteArray& out, double value);
void appendJsonNumber(QByteArray& out, qint64 value);

} // namespace vd
