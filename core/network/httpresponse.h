#pragma once

#include "core/model/providererror.h"
#include "core/network/httpcall.h"

#include <QNetworkReply>
#include <optional>

namespace vd {

// What came back for one HttpCall: status, headers and body, the transport error if any, and
// the HTTP layer's own verdict when it stopped the transfer (size cap, idle timeout).
struct HttpResponse
{
    int status = 0; // 0 when no HTTP response was received
    HttpHeaders headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    std::optional<ProviderError> localError;
    qint64 elapsedMs = 0;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray& name) const;
    // A complete 2xx answer whose body is for the caller to parse.
    bool isSuccess() const;
};

} // namespace vd
