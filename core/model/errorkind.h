#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace vd {

// The error taxonomy of PRODUCT.md §3. The JSON names are part of the contract.
enum class ErrorKind
{
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

// "network", "timeout", "rate_limited", ...: the contract's names (JSON, history, JUnit).
QString errorKindName(ErrorKind kind);
// The name in the user's language, for the text people read (messages, traces, the GUI's
// tables); in English, and wherever no translation is installed (the CLI), the name itself.
QString errorKindText(ErrorKind kind);
// Every kind, in the order of the enumeration.
QList<ErrorKind> allErrorKinds();
std::optional<ErrorKind> errorKindFromName(QStringView name);

// Kinds worth another attempt on the same provider (network, timeout, rate_limited, server).
bool isRetryable(ErrorKind kind);
// Kinds caused by the request itself (bad_request, too_large, unsupported): a usage error.
bool isRequestFault(ErrorKind kind);
// The one rule of which failures count against a provider's breaker and health (PRODUCT.md §3):
// not request faults, not a cancellation, and not the set-up problems that never reached the
// service (not_configured, circuit_open). Every other kind is the provider's failure.
bool countsAgainstProvider(ErrorKind kind);
// Kinds that need the user to act (auth, quota): no retries, no automatic probing.
bool needsAttention(ErrorKind kind);

} // namespace vd
