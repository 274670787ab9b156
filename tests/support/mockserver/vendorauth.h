#pragma once

#include "tests/support/mockserver/exchange.h"

#include <optional>

namespace vd::test {

// Each vendor's authentication rules and its real answers to missing or wrong credentials.
// A missing or malformed credential is a client bug (recorded as a violation); a well-formed but
// unknown key is a configuration matter (answered the vendor's way, not recorded as a violation).
class VendorAuth
{
public:
    // Bearer <key>. Missing: 401 "You didn't provide an API key"; unknown: 401 invalid_api_key.
    static std::optional<HttpResponse> checkOpenAi(Exchange& exchange);
    // x-goog-api-key header, ?key=, or Authorization: Bearer <token>. Missing: 403
    // PERMISSION_DENIED; unknown key: 400 INVALID_ARGUMENT/API_KEY_INVALID; unknown token: 401.
    static std::optional<HttpResponse> checkGoogle(Exchange& exchange);
    // Api-Key <key> (folderId must be absent) or Bearer <IAM token> (folderId required); a
    // mismatch, a missing header or an unknown credential: 401 UNAUTHORIZED.
    static std::optional<HttpResponse> checkYandex(Exchange& exchange, const QString& folderId);
};

} // namespace vd::test
