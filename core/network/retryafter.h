#pragma once

#include "core/model/clock.h"
#include "core/network/httpcall.h"

#include <chrono>
#include <optional>

namespace vd {

// The one reader of a server's "wait before retrying" hint (PRODUCT.md §3); the RetryPolicy
// decides what to do with it (it refuses waits over 60 s), so nothing is capped here except to a
// year, which keeps absurd values from overflowing.
//  - `retry-after-ms` (milliseconds, OpenAI) wins over `Retry-After` when both are valid.
//  - `Retry-After` is delay-seconds or an HTTP date (RFC 9110 §10.2.3), relative to
//    `clock.wallNow()`; a date in the past means 0.
//  - RFC 9110 makes delay-seconds a whole number. A decimal fraction ("1.5") is accepted
//    leniently, as OpenAI's and Anthropic's SDKs do: the server plainly means 1.5 s, and
//    ignoring it would retry sooner than asked. Fractions of a millisecond round up.
//  - Anything else (negative, exponents, "inf", words, an unreadable date) is no hint: nullopt.
std::optional<std::chrono::milliseconds> parseRetryAfter(const HttpHeaders& headers, const Clock& clock);

} // namespace vd
