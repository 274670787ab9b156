#include "tests/support/mockserver/httpresponse.h"

#include <QDateTime>
#include <QLocale>

namespace vd::test {

HttpResponse HttpResponse::json(int status, const QJsonObject& object)
{
    return bytes(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
                 "application/json; charset=utf-8");
}

HttpResponse HttpResponse::bytes(int status, QByteArray body, const QByteArray& contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    if (!contentType.isEmpty())
        response.setHeader("Content-Type", contentType);
    return response;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QByteArray HttpResponse::head(bool keepAlive, qint64 declaredLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "Server: vd-mock-server\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (chunked) {
        out += "Transfer-Encoding: chunked\r\n";
    } else {
        const qint64 actual = streamedLength >= 0 ? body.size() + streamedLength : body.size();
        out += "Content-Length: " + QByteArray::number(declaredLength >= 0 ? declaredLength : actual) + "\r\n";
    }
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QByteArray HttpResponse::httpDate(const QDateTime& when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace vd::test
