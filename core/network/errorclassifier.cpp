#include "core/network/errorclassifier.h"

#include "core/model/translate.h"
#include "core/network/redaction.h"
#include "core/network/retryafter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {

namespace {

// The vendor's own words about an error, from whichever of the documented shapes the body has.
struct VendorError
{
    QString message;
    QString code;        // OpenAI error.code/type, Google ErrorInfo reason or status, Yandex error_code
    QString status;      // Google's canonical status ("INVALID_ARGUMENT")
    QStringList reasons; // Google ErrorInfo reasons
    QString details;     // Google ErrorInfo metadata and QuotaFailure text, for quota detection
};

VendorError parseVendorError(const QByteArray& body)
{
    VendorError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        const QString text = QString::fromUtf8(body).simplified();
        // HTML error pages say nothing useful beyond their status.
        if (!text.startsWith(QLatin1Char('<')))
            parsed.message = text;
        return parsed;
    }
    const QJsonObject root = document.object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        parsed.message = object.value(QLatin1String("message")).toString();
        parsed.status = object.value(QLatin1String("status")).toString();
        // OpenAI: code may be null, then the type says it ("insufficient_quota" appears in both).
        const QJsonValue code = object.value(QLatin1String("code"));
        parsed.code = code.isString() ? code.toString() : object.value(QLatin1String("type")).toString();
        for (const QJsonValue& detail : object.value(QLatin1String("details")).toArray()) {
            const QJsonObject detailObject = detail.toObject();
            const QString reason = detailObject.value(QLatin1String("reason")).toString();
            if (!reason.isEmpty())
                parsed.reasons.append(reason);
            parsed.details += QString::fromUtf8(QJsonDocument(detailObject).toJson(QJsonDocument::Compact));
        }
        if (!parsed.reasons.isEmpty())
            parsed.code = parsed.reasons.first();
        else if (!parsed.status.isEmpty())
            parsed.code = parsed.status;
    } else if (error.isString()) {
        parsed.message = error.toString();
    }
    if (root.contains(QLatin1String("error_code")) || root.contains(QLatin1String("error_message"))) {
        parsed.code = root.value(QLatin1String("error_code")).toString();
        parsed.message = root.value(QLatin1String("error_message")).toString();
    }
    if (parsed.message.isEmpty())
        parsed.message = root.value(QLatin1String("message")).toString();
    return parsed;
}

bool mentionsDailyQuotaOrBilling(const VendorError& error)
{
    const QString text = error.message + QLatin1Char(' ') + error.details;
    return text.contains(QLatin1String("PerDay"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("per day"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("daily"), Qt::CaseInsensitive) ||
           error.reasons.contains(QLatin1String("BILLING_DISABLED")) ||
           error.reasons.contains(QLatin1String("INSUFFICIENT_QUOTA"));
}

bool saysTooLarge(const VendorError& error)
{
    const QString& m = error.message;
    return m.contains(QLatin1String("payload size exceeds"), Qt::CaseInsensitive) ||
           m.contains(QLatin1String("Maximum content size"), Qt::CaseInsensitive) ||
           m.contains(QLatin1String("input too long"), Qt::CaseInsensitive) ||
           m.contains(QLatin1String("audio is too long"), Qt::CaseInsensitive);
}

ErrorKind kindFor(CloudVendor vendor, int status, const VendorError& error)
{
    if (status == 400) {
        if (vendor == CloudVendor::Google && error.reasons.contains(QLatin1String("API_KEY_INVALID")))
            return ErrorKind::Auth;
        return saysTooLarge(error) ? ErrorKind::TooLarge : ErrorKind::BadRequest;
    }
    if (status == 401)
        return ErrorKind::Auth;
    if (status == 402)
        return ErrorKind::Quota;
    if (status == 403) {
        if (vendor == CloudVendor::Google && error.reasons.contains(QLatin1String("BILLING_DISABLED")))
            return ErrorKind::Quota;
        return ErrorKind::Auth;
    }
    if (status == 408 || status == 504)
        return ErrorKind::Timeout;
    if (status == 409)
        return ErrorKind::Server;
    if (status == 413)
        return ErrorKind::TooLarge;
    if (status == 429) {
        if (vendor == CloudVendor::OpenAi && error.code == QLatin1String("insufficient_quota"))
            return ErrorKind::Quota;
        if (vendor == CloudVendor::Google && mentionsDailyQuotaOrBilling(error))
            return ErrorKind::Quota;
        return ErrorKind::RateLimited;
    }
    if (status >= 500 && status < 600)
        return ErrorKind::Server;
    if (status >= 400 && status < 500)
        return ErrorKind::BadRequest;
    return ErrorKind::InvalidResponse;
}

QString adviceFor(CloudVendor vendor, ErrorKind kind, int status)
{
    switch (kind) {
    case ErrorKind::Auth:
        return vendorCredentialHint(vendor) + QLatin1Char('.');
    case ErrorKind::Quota:
        return tr("The account's quota or billing needs attention in the vendor's console.");
    case ErrorKind::RateLimited:
        return tr("Too many requests for now; it will be retried after a pause.");
    case ErrorKind::TooLarge:
        return tr("Send shorter audio or text.");
    case ErrorKind::BadRequest:
        if (status == 404)
            return tr("The model or endpoint does not exist: check the model and base_url settings.");
        return tr("Check the provider's settings (model, language, voice, format).");
    case ErrorKind::Timeout:
        return tr("The service took too long; try again later.");
    case ErrorKind::Server:
        return tr("The service has a problem on its side; try again later.");
    default:
        return tr("Check that base_url points at the right service.");
    }
}

QString describe(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Auth:
        return tr("rejected the credential");
    case ErrorKind::Quota:
        return tr("reports the quota is exhausted");
    case ErrorKind::RateLimited:
        return tr("is rate limiting requests");
    case ErrorKind::TooLarge:
        return tr("refused the request as too large");
    case ErrorKind::BadRequest:
        return tr("rejected the request");
    case ErrorKind::Timeout:
        return tr("timed out");
    case ErrorKind::Server:
        return tr("had a server error");
    default:
        return tr("gave an unexpected answer");
    }
}

} // namespace

QString quoteVendorText(const QString& text, int maxLength)
{
    QString quoted = redactSecrets(text.simplified());
    if (quoted.size() > maxLength)
        quoted = quoted.left(maxLength - 1) + QChar(0x2026);
    return quoted;
}

ProviderError classifyHttpStatus(CloudVendor vendor, int status, const QByteArray& body,
                                 const HttpHeaders& headers, const Clock& clock)
{
    const VendorError vendorError = parseVendorError(body);
    const ErrorKind kind = kindFor(vendor, status, vendorError);
    QString what = QStringLiteral("HTTP %1").arg(status);
    if (!vendorError.code.isEmpty())
        what += QLatin1Char(' ') + vendorError.code;
    QString message = QStringLiteral("%1 %2 (%3)").arg(vendorDisplayName(vendor), describe(kind), what);
    if (!vendorError.message.isEmpty())
        message += QStringLiteral(": \"%1\"").arg(quoteVendorText(vendorError.message));
    message += QStringLiteral(". ") + adviceFor(vendor, kind, status);

    ProviderError error = ProviderError::make(kind, message, status);
    error.vendorCode = vendorError.code;
    error.retryAfter = parseRetryAfter(headers, clock);
    return error;
}

ProviderError classifyNetworkError(CloudVendor vendor, QNetworkReply::NetworkError error,
                                   const QString& detail)
{
    const QString name = vendorDisplayName(vendor);
    const QString quoted =
        detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(quoteVendorText(detail, 200));
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ProviderError::make(
            ErrorKind::Timeout, tr("The connection to %1 timed out%2; check the network.").arg(name, quoted));
    case QNetworkReply::SslHandshakeFailedError:
        return ProviderError::make(
            ErrorKind::Network, tr("The TLS connection to %1 could not be verified%2; the certificate is not "
                                   "trusted or the connection is intercepted. Check base_url and the system "
                                   "certificates.")
                                    .arg(name, quoted));
    case QNetworkReply::HostNotFoundError:
        return ProviderError::make(
            ErrorKind::Network,
            tr("The host of %1 was not found%2; check base_url and the network.").arg(name, quoted));
    case QNetworkReply::ConnectionRefusedError:
        return ProviderError::make(ErrorKind::Network,
                                   tr("%1 refused the connection%2; check base_url.").arg(name, quoted));
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ProviderError::make(
            ErrorKind::Network,
            tr("%1 redirected the request to another place, which VoiceDeck does not follow "
               "with credentials%2; check base_url.")
                .arg(name, quoted));
    case QNetworkReply::OperationCanceledError:
        return ProviderError::make(ErrorKind::Cancelled, tr("The request to %1 was cancelled.").arg(name));
    default:
        return ProviderError::make(
            ErrorKind::Network,
            tr("The connection to %1 failed%2; check the network and try again.").arg(name, quoted));
    }
}

std::optional<ProviderError> classifyResponse(CloudVendor vendor, const HttpResponse& response,
                                              const Clock& clock)
{
    if (response.localError)
        return response.localError;
    const bool transportFailed = response.networkError != QNetworkReply::NoError;
    if (response.status == 0 || (transportFailed && response.status >= 200 && response.status < 300)) {
        if (!transportFailed)
            return ProviderError::make(
                ErrorKind::Network,
                tr("%1 sent no HTTP answer; check base_url.").arg(vendorDisplayName(vendor)));
        ProviderError error = classifyNetworkError(vendor, response.networkError, response.networkErrorText);
        if (response.status != 0) {
            error.httpStatus = response.status;
            error.message = tr("The answer of %1 was cut off before it was complete. %2")
                                .arg(vendorDisplayName(vendor), error.message);
        }
        return error;
    }
    if (response.status >= 200 && response.status < 300)
        return std::nullopt;
    if (response.status >= 300 && response.status < 400)
        return invalidResponse(vendor,
                               tr("redirect (HTTP %1) to %2 was not followed; check base_url")
                                   .arg(response.status)
                                   .arg(QString::fromLatin1(response.header("Location"))),
                               response.status);
    return classifyHttpStatus(vendor, response.status, response.body, response.headers, clock);
}

ProviderError invalidResponse(CloudVendor vendor, const QString& problem, int httpStatus)
{
    return ProviderError::make(
        ErrorKind::InvalidResponse,
        tr("%1 gave an answer VoiceDeck cannot use: %2. Check that base_url points at the "
           "right service.")
            .arg(vendorDisplayName(vendor), problem),
        httpStatus);
}

} // namespace vd
