#include "tests/support/mockserver/googlerequest.h"

#include "tests/support/mockserver/vendorerrors.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace vd::test {

HttpResponse GoogleRequest::reject(Exchange& exchange, const QString& message)
{
    exchange.violate(message);
    return VendorErrors::google(exchange.record.endpoint, 400, message);
}

std::optional<HttpResponse> GoogleRequest::checkQuery(Exchange& exchange, const QStringList& allowed)
{
    static const QStringList system{QStringLiteral("key"), QStringLiteral("alt"), QStringLiteral("prettyPrint"),
                                    QStringLiteral("fields"), QStringLiteral("quotaUser"), QStringLiteral("$.xgafv")};
    for (const auto& [name, value] : exchange.record.query.queryItems()) {
        Q_UNUSED(value);
        if (!system.contains(name) && !allowed.contains(name))
            return reject(exchange, QStringLiteral("Invalid JSON payload received. Unknown name \"%1\": Cannot bind "
                                                   "query parameter. Field '%1' could not be found in request message.")
                                        .arg(name));
    }
    return std::nullopt;
}

std::optional<HttpResponse> GoogleRequest::parseBody(Exchange& exchange, QJsonObject& out)
{
    if (exchange.http.mediaType() != "application/json")
        return reject(exchange, QStringLiteral("Invalid Content-Type '%1': the request body must be application/json.")
                                    .arg(QString::fromLatin1(exchange.http.header("content-type"))));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.http.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return reject(exchange, QStringLiteral("Invalid JSON payload received. %1 at offset %2.")
                                    .arg(error.errorString())
                                    .arg(error.offset));
    exchange.record.json = document.object();
    out = checks::camelCaseKeys(document.object());
    return std::nullopt;
}

std::optional<HttpResponse> GoogleRequest::checkFields(Exchange& exchange, const QJsonObject& object,
                                                       const QStringList& allowed, const QString& where)
{
    const QString unknown = checks::unknownKey(object, allowed);
    if (unknown.isEmpty())
        return std::nullopt;
    const QString at = where.isEmpty() ? QString() : QStringLiteral(" at '%1'").arg(where);
    return reject(exchange, QStringLiteral("Invalid JSON payload received. Unknown name \"%1\"%2: Cannot find field.").arg(unknown, at));
}

QString GoogleRequest::duration(double seconds)
{
    return QString::number(seconds, 'f', 3) + QLatin1Char('s');
}

} // namespace vd::test
