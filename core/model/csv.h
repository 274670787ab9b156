#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vd {

// CSV as RFC 4180 writes it, in UTF-8: a field is quoted when it holds a comma, a quote or a
// line break, with its quotes doubled.
QByteArray csvField(const QString& text);
// The fields joined by commas and ended by CRLF.
QByteArray csvRecord(const QStringList& fields);

} // namespace vd
