#pragma once

#include "core/model/result.h"
#include "tests/support/mockserver/httprequest.h"

namespace vd::test {

// One part of a multipart/form-data body.
struct MultipartPart
{
    QString name;
    QString filename; // empty when the part carries no filename parameter
    bool hasFilename = false;
    QByteArray contentType; // the part's Content-Type, or empty
    QByteArray data;
};

// Strict multipart/form-data (RFC 7578) parsing: a boundary in the Content-Type, CRLF framing,
// a Content-Disposition "form-data" with a name on every part, and the closing delimiter.
class MultipartParser
{
public:
    static Result<QList<MultipartPart>, QString> parse(const QByteArray& contentType, const QByteArray& body);

    // Value of a `key=value` parameter in a header such as Content-Type or Content-Disposition
    // (quoted or not); a null QByteArray when absent.
    static QByteArray headerParameter(const QByteArray& header, const QByteArray& key);
};

// application/x-www-form-urlencoded fields, in order ('+' is a space, %XX decoded as UTF-8).
QList<QPair<QString, QString>> parseFormUrlEncoded(const QByteArray& body);

} // namespace vd::test
