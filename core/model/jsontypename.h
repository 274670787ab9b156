#pragma once

#include <QJsonValue>
#include <QString>

namespace vd {

// What a JSON value is, in words for an error message about a file a person wrote: "a string",
// "a number", "true/false", "an array", "an object", "null", or "nothing" (the key is missing).
QString jsonTypeName(const QJsonValue& value);

} // namespace vd
