#pragma once

#include "tests/support/mockserver/exchange.h"

#include <optional>

namespace vd::test {

// What every Google Cloud JSON call shares: system query parameters only, an application/json
// body that parses, unknown fields rejected the way Google's JSON mapping rejects them, and the
// 400 INVALID_ARGUMENT answer for a violation.
class GoogleRequest
{
public:
    // 400 INVALID_ARGUMENT with `message`, recorded as a violation.
    static HttpResponse reject(Exchange& exchange, const QString& message);
    // Unknown query parameters are rejected ("Cannot bind query parameter"); `allowed` adds to
    // the system parameters (key, alt, prettyPrint, fields, quotaUser, $.xgafv).
    static std::optional<HttpResponse> checkQuery(Exchange& exchange, const QStringList& allowed = {});
    // Content type and JSON syntax; on success `out` holds the top-level object (camelCased keys).
    static std::optional<HttpResponse> parseBody(Exchange& exchange, QJsonObject& out);
    // Rejects the first key not in `allowed`, naming where it was found ("config", "" for top).
    static std::optional<HttpResponse> checkFields(Exchange& exchange, const QJsonObject& object,
                                                   const QStringList& allowed, const QString& where);
    // google.protobuf.Duration in JSON: "1.500s".
    static QString duration(double seconds);
};

} // namespace vd::test
