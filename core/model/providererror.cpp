#include "core/model/providererror.h"

namespace vd {

ProviderError ProviderError::make(ErrorKind kind, QString message, int httpStatus)
{
    ProviderError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    return error;
}

QJsonObject ProviderError::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), errorKindName(kind)}, {QStringLiteral("message"), message}};
    if (httpStatus != 0)
        json.insert(QStringLiteral("http_status"), httpStatus);
    if (!vendorCode.isEmpty())
        json.insert(QStringLiteral("code"), vendorCode);
    return json;
}

std::optional<ProviderError> ProviderError::fromJson(const QJsonObject& json)
{
    const auto kind = errorKindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    ProviderError error = make(*kind, json.value(QStringLiteral("message")).toString(),
                               json.value(QStringLiteral("http_status")).toInt());
    error.vendorCode = json.value(QStringLiteral("code")).toString();
    return error;
}

QString ProviderError::summary() const
{
    QString text = errorKindText(kind);
    if (httpStatus != 0)
        text += QLatin1Char(' ') + QString::number(httpStatus);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

} // namespace vd
