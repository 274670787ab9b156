#include "tests/support/mockserver/vendorauth.h"

#include "tests/support/mockserver/vendorerrors.h"

namespace vd::test {

namespace {

// Splits "Scheme credentials"; the scheme compares case-insensitively as RFC 9110 says.
std::pair<QString, QString> authorization(const HttpRequest& http)
{
    const QString value = QString::fromLatin1(http.header("authorization")).trimmed();
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {value, QString()};
    return {value.left(space), value.mid(space + 1).trimmed()};
}

} // namespace

std::optional<HttpResponse> VendorAuth::checkOpenAi(Exchange& exchange)
{
    const auto [scheme, key] = authorization(exchange.http);
    if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 || key.isEmpty()) {
        exchange.violate(exchange.http.hasHeader("authorization")
                             ? QStringLiteral("Authorization header is not 'Bearer <key>'")
                             : QStringLiteral("missing Authorization header (expected 'Bearer <key>')"));
        return VendorErrors::openAi(
            401, QStringLiteral("You didn't provide an API key. You need to provide your API key in an "
                                "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). "
                                "You can obtain an API key from https://platform.openai.com/account/api-keys."));
    }
    if (!exchange.settings.apiKeys.contains(key)) {
        return VendorErrors::openAi(
            401, QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                "https://platform.openai.com/account/api-keys.").arg(checks::maskedKey(key)),
            {}, QStringLiteral("invalid_api_key"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> VendorAuth::checkGoogle(Exchange& exchange)
{
    const Endpoint endpoint = exchange.record.endpoint;
    QString key = QString::fromLatin1(exchange.http.header("x-goog-api-key")).trimmed();
    if (key.isEmpty())
        key = exchange.record.query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    const auto [scheme, token] = authorization(exchange.http);
    if (exchange.http.hasHeader("authorization") && scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        exchange.violate(QStringLiteral("Authorization header is not 'Bearer <OAuth token>'"));
        return VendorErrors::google(endpoint, 401,
                                    QStringLiteral("Request had invalid authentication credentials."),
                                    QStringLiteral("ACCESS_TOKEN_TYPE_UNSUPPORTED"));
    }
    if (key.isEmpty() && token.isEmpty()) {
        exchange.violate(QStringLiteral("no credentials: send 'x-goog-api-key: <key>' (or ?key=)"));
        return VendorErrors::google(
            endpoint, 403,
            QStringLiteral("Method doesn't allow unregistered callers (callers without established identity). "
                           "Please use API Key or other form of API consumer identity to call this API."));
    }
    if (!key.isEmpty() && !exchange.settings.apiKeys.contains(key)) {
        return VendorErrors::google(endpoint, 400, QStringLiteral("API key not valid. Please pass a valid API key."),
                                    QStringLiteral("API_KEY_INVALID"));
    }
    if (key.isEmpty() && !exchange.settings.apiKeys.contains(token)) {
        return VendorErrors::google(
            endpoint, 401,
            QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, "
                           "login cookie or other valid authentication credential."),
            QStringLiteral("ACCESS_TOKEN_TYPE_UNSUPPORTED"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> VendorAuth::checkYandex(Exchange& exchange, const QString& folderId)
{
    const auto [scheme, credential] = authorization(exchange.http);
    const bool apiKey = scheme.compare(QLatin1String("Api-Key"), Qt::CaseInsensitive) == 0;
    const bool bearer = scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0;
    if ((!apiKey && !bearer) || credential.isEmpty()) {
        exchange.violate(exchange.http.hasHeader("authorization")
                             ? QStringLiteral("Authorization header is neither 'Api-Key <key>' nor 'Bearer <IAM token>'")
                             : QStringLiteral("missing Authorization header ('Api-Key <key>' or 'Bearer <IAM token>')"));
        return VendorErrors::yandex(401, QStringLiteral("There are no credentials in the request"));
    }
    if (apiKey && !folderId.isEmpty()) {
        exchange.violate(QStringLiteral("folderId must not be sent with a service-account API key"));
        return VendorErrors::yandex(401, QStringLiteral("folderId must not be specified for service account credentials"));
    }
    if (bearer && folderId.isEmpty()) {
        exchange.violate(QStringLiteral("folderId is required with a Bearer IAM token"));
        return VendorErrors::yandex(401, QStringLiteral("folderId is required for user account credentials"));
    }
    if (!exchange.settings.apiKeys.contains(credential)) {
        return VendorErrors::yandex(401, apiKey ? QStringLiteral("Unknown api key '%1'").arg(checks::maskedKey(credential))
                                                : QStringLiteral("The token is invalid"));
    }
    return std::nullopt;
}

} // namespace vd::test
