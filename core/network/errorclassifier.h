#pragma once

#include "core/model/clock.h"
#include "core/model/providererror.h"
#include "core/network/cloudvendor.h"
#include "core/network/httpresponse.h"

#include <QNetworkReply>
#include <chrono>
#include <optional>

namespace vd {

// Maps what a vendor answered (status, body, headers) or what the network did to a
// ProviderError of PRODUCT.md §3. Decisions beyond the obvious status mapping:
//  - 401 → auth; 403 → auth (OpenAI's unsupported_country_region_territory included: only the
//    user can change the account's region), except Google BILLING_DISABLED → quota.
//  - 404 → bad_request: an unknown model or a wrong base_url path; the user must fix settings.
//  - 408, 504 → timeout; 409 → server (OpenAI's SDKs retry it); 413 → too_large.
//  - 429 → rate_limited, except OpenAI `insufficient_quota` and Google RESOURCE_EXHAUSTED that
//    names a daily quota or billing → quota. Yandex 429 → rate_limited: SpeechKit quotas are
//    per-second request rates that clear by themselves.
//  - Google 400 with ErrorInfo reason API_KEY_INVALID → auth; Google/OpenAI 400 saying the
//    payload or audio is too long → too_large; other 4xx → bad_request; 5xx → server.
//  - A 2xx cut off by the network → network; redirects not followed → invalid_response.
// parseRetryAfter (retryafter.h) fills `retryAfter`; the vendor's code fills `vendorCode`; its message is
// quoted (truncated, secrets masked).

// nullopt when `response` is a complete 2xx answer for the caller to parse.
std::optional<ProviderError> classifyResponse(CloudVendor vendor, const HttpResponse& response,
                                              const Clock& clock);
ProviderError classifyHttpStatus(CloudVendor vendor, int status, const QByteArray& body,
                                 const HttpHeaders& headers, const Clock& clock);
ProviderError classifyNetworkError(CloudVendor vendor, QNetworkReply::NetworkError error,
                                   const QString& detail);
// A 2xx whose body does not have the documented shape.
ProviderError invalidResponse(CloudVendor vendor, const QString& problem, int httpStatus = 200);
// Shortens vendor text for messages and masks anything that looks like a secret.
QString quoteVendorText(const QString& text, int maxLength = 300);

} // namespace vd
