#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace vd::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // names lower-cased, in arrival order

// One HTTP/1.1 request as it arrived on the wire.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // request-target as sent: path plus optional "?query"
    QString path;       // percent-decoded path
    QByteArray rawQuery; // after '?', still encoded
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers;
    QByteArray body;    // de-chunked
    bool chunked = false;

    // First value of a header (name case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray& name) const;
    int headerCount(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const { return headerCount(name) > 0; }
    QUrlQuery query() const;
    // Media type of Content-Type without parameters, lower-cased ("application/json").
    QByteArray mediaType() const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with keep-alive.
    bool wantsKeepAlive() const;
};

} // namespace vd::test
