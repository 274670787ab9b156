#include "tests/support/mockserver/httprequest.h"

namespace vd::test {

QByteArray HttpRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

int HttpRequest::headerCount(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    int count = 0;
    for (const auto& entry : headers)
        count += entry.first == lower ? 1 : 0;
    return count;
}

QUrlQuery HttpRequest::query() const
{
    // Like the vendors' servers, a '+' in the query is a space (form decoding); QUrlQuery keeps it.
    return QUrlQuery(QString::fromUtf8(QByteArray(rawQuery).replace('+', "%20")));
}

QByteArray HttpRequest::mediaType() const
{
    const QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
}

bool HttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

} // namespace vd::test
