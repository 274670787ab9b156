#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vd {

// The error taxonomy of PRODUCT.md §3. The JSON names are part of the contract.
enum class ErrorKind {
    Network,
    Timeout,
    RateLimited,
    Auth,
    Quota,
    BadRequest,
    TooLarge,
    Server,
    InvalidResponse,
    Unsupported,
    Cancelled,
    NotConfigured,
    CircuitOpen,
};

// "network", "timeout", "rate_limited", ...
QString errorKindName(ErrorKind kind);
std::optional<ErrorKind> errorKindFromName(QStringView name);

// Kinds worth another attempt on the same provider (network, timeout, rate_limited, server).
bool isRetryable(ErrorKind kind);
// Kinds caused by the request itself; they count neither for nor against a provider's breaker or health.
bool isRequestFault(ErrorKind kind);
// Kinds that need the user to act (auth, quota): no retries, no automatic probing.
bool needsAttention(ErrorKind kind);

} // namespace vd
