#include "core/model/errorkind.h"

#include <array>
#include <utility>

namespace vd {

namespace {
constexpr std::array<std::pair<ErrorKind, const char*>, 13> kNames{{
    {ErrorKind::Network, "network"},
    {ErrorKind::Timeout, "timeout"},
    {ErrorKind::RateLimited, "rate_limited"},
    {ErrorKind::Auth, "auth"},
    {ErrorKind::Quota, "quota"},
    {ErrorKind::BadRequest, "bad_request"},
    {ErrorKind::TooLarge, "too_large"},
    {ErrorKind::Server, "server"},
    {ErrorKind::InvalidResponse, "invalid_response"},
    {ErrorKind::Unsupported, "unsupported"},
    {ErrorKind::Cancelled, "cancelled"},
    {ErrorKind::NotConfigured, "not_configured"},
    {ErrorKind::CircuitOpen, "circuit_open"},
}};
} // namespace

QString errorKindName(ErrorKind kind)
{
    for (const auto& [k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

std::optional<ErrorKind> errorKindFromName(QStringView name)
{
    for (const auto& [k, n] : kNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

bool isRetryable(ErrorKind kind)
{
    return kind == ErrorKind::Network || kind == ErrorKind::Timeout || kind == ErrorKind::RateLimited ||
           kind == ErrorKind::Server;
}

bool isRequestFault(ErrorKind kind)
{
    return kind == ErrorKind::BadRequest || kind == ErrorKind::TooLarge || kind == ErrorKind::Unsupported;
}

bool countsAgainstProvider(ErrorKind kind)
{
    return !isRequestFault(kind) && kind != ErrorKind::Cancelled && kind != ErrorKind::NotConfigured &&
           kind != ErrorKind::CircuitOpen;
}

bool needsAttention(ErrorKind kind)
{
    return kind == ErrorKind::Auth || kind == ErrorKind::Quota;
}

} // namespace vd
