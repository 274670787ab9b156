#include "core/model/errorkind.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace vd {

namespace {
// The names are also the source texts of their translations; lupdate reads each entry's literal
// context, which kTextContext repeats for the look-up.
constexpr char kTextContext[] = "vd::ErrorKind";
constexpr std::array<std::pair<ErrorKind, const char*>, 13> kNames{{
    {ErrorKind::Network, QT_TRANSLATE_NOOP("vd::ErrorKind", "network")},
    {ErrorKind::Timeout, QT_TRANSLATE_NOOP("vd::ErrorKind", "timeout")},
    {ErrorKind::RateLimited, QT_TRANSLATE_NOOP("vd::ErrorKind", "rate_limited")},
    {ErrorKind::Auth, QT_TRANSLATE_NOOP("vd::ErrorKind", "auth")},
    {ErrorKind::Quota, QT_TRANSLATE_NOOP("vd::ErrorKind", "quota")},
    {ErrorKind::BadRequest, QT_TRANSLATE_NOOP("vd::ErrorKind", "bad_request")},
    {ErrorKind::TooLarge, QT_TRANSLATE_NOOP("vd::ErrorKind", "too_large")},
    {ErrorKind::Server, QT_TRANSLATE_NOOP("vd::ErrorKind", "server")},
    {ErrorKind::InvalidResponse, QT_TRANSLATE_NOOP("vd::ErrorKind", "invalid_response")},
    {ErrorKind::Unsupported, QT_TRANSLATE_NOOP("vd::ErrorKind", "unsupported")},
    {ErrorKind::Cancelled, QT_TRANSLATE_NOOP("vd::ErrorKind", "cancelled")},
    {ErrorKind::NotConfigured, QT_TRANSLATE_NOOP("vd::ErrorKind", "not_configured")},
    {ErrorKind::CircuitOpen, QT_TRANSLATE_NOOP("vd::ErrorKind", "circuit_open")},
}};
// Null for a value outside the enumeration.
const char* nameOf(ErrorKind kind)
{
    for (const auto& [k, name] : kNames) {
        if (k == kind)
            return name;
    }
    return nullptr;
}

} // namespace

QString errorKindName(ErrorKind kind)
{
    const char* name = nameOf(kind);
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

QString errorKindText(ErrorKind kind)
{
    const char* name = nameOf(kind);
    return name ? QCoreApplication::translate(kTextContext, name) : errorKindName(kind);
}

QList<ErrorKind> allErrorKinds()
{
    QList<ErrorKind> kinds;
    for (const auto& entry : kNames)
        kinds.append(entry.first);
    return kinds;
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
