#pragma once

#include "core/model/errorkind.h"

#include <QJsonObject>
#include <QString>
#include <chrono>
#include <optional>

namespace vd {

// What went wrong with one provider call, as a value. `message` is for people: it names the
// problem and what to do, and never contains a secret.
struct ProviderError
{
    ErrorKind kind = ErrorKind::Network;
    int httpStatus = 0; // 0 when no HTTP response was received
    QString message;
    // Server-requested delay before retrying (Retry-After / retry-after-ms), when given.
    std::optional<std::chrono::milliseconds> retryAfter;
    // Vendor error code or reason when the body carried one ("insufficient_quota", "API_KEY_INVALID").
    QString vendorCode;

    static ProviderError make(ErrorKind kind, QString message, int httpStatus = 0);

    // {"kind": "server", "http_status": 503, "message": "..."}; http_status only when non-zero.
    QJsonObject toJson() const;
    // The inverse of toJson(), for errors read back from the history; nullopt when `json` has no
    // known "kind".
    static std::optional<ProviderError> fromJson(const QJsonObject& json);
    // "server 503: overloaded" — for traces and logs; the kind in the user's language
    // (errorKindText), so in English and in the CLI as the contract names it.
    QString summary() const;
    // What a person is shown: the message, or the summary when there is none.
    QString shownText() const { return message.isEmpty() ? summary() : message; }

    bool operator==(const ProviderError&) const = default;
};

} // namespace vd
