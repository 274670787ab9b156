#include "tests/support/mockserver/vendorerrors.h"

#include <QJsonArray>

namespace vd::test {

namespace {
QJsonValue stringOrNull(const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }
} // namespace

HttpResponse VendorErrors::openAi(int status, const QString& message, const QString& type, const QString& code,
                                  const QString& param)
{
    const QJsonObject error{
        {QStringLiteral("message"), message.isEmpty() ? defaultMessage(Vendor::OpenAi, status) : message},
        {QStringLiteral("type"), type.isEmpty() ? openAiType(status, code) : type},
        {QStringLiteral("param"), stringOrNull(param)},
        {QStringLiteral("code"), stringOrNull(code)},
    };
    return HttpResponse::json(status, {{QStringLiteral("error"), error}});
}

HttpResponse VendorErrors::google(Endpoint endpoint, int status, const QString& message, const QString& reason,
                                  const QString& statusName)
{
    QJsonObject error{
        {QStringLiteral("code"), status},
        {QStringLiteral("message"), message.isEmpty() ? defaultMessage(Vendor::Google, status) : message},
        {QStringLiteral("status"), statusName.isEmpty() ? googleStatusName(status) : statusName},
    };
    if (!reason.isEmpty()) {
        const bool tts = endpoint == Endpoint::GoogleSynthesize || endpoint == Endpoint::GoogleVoices;
        const QString service = tts ? QStringLiteral("texttospeech.googleapis.com") : QStringLiteral("speech.googleapis.com");
        const QJsonObject info{
            {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("domain"), QStringLiteral("googleapis.com")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("service"), service}}},
        };
        error.insert(QStringLiteral("details"), QJsonArray{info});
    }
    return HttpResponse::json(status, {{QStringLiteral("error"), error}});
}

HttpResponse VendorErrors::yandex(int status, const QString& message, const QString& code)
{
    return HttpResponse::json(status, {
        {QStringLiteral("error_code"), code.isEmpty() ? yandexCode(status) : code},
        {QStringLiteral("error_message"), message.isEmpty() ? defaultMessage(Vendor::Yandex, status) : message},
    });
}

HttpResponse VendorErrors::forEndpoint(Endpoint endpoint, int status, const QString& message, const QString& code,
                                       const QString& type)
{
    switch (vendorOf(endpoint)) {
    case Vendor::Google: {
        QString reason = code;
        if (reason.isEmpty() && status == 429)
            reason = QStringLiteral("RATE_LIMIT_EXCEEDED");
        return google(endpoint, status, message, reason, type);
    }
    case Vendor::Yandex:
        return yandex(status, message, code);
    case Vendor::OpenAi:
        break;
    }
    QString openAiCode = code;
    if (openAiCode.isEmpty() && status == 429)
        openAiCode = QStringLiteral("rate_limit_exceeded");
    QString text = message;
    if (text.isEmpty() && openAiCode == QLatin1String("insufficient_quota"))
        text = QStringLiteral("You exceeded your current quota, please check your plan and billing details.");
    return openAi(status, text, type, openAiCode);
}

QString VendorErrors::defaultMessage(Vendor vendor, int status)
{
    switch (status) {
    case 400: return vendor == Vendor::Google ? QStringLiteral("Request contains an invalid argument.")
                                              : QStringLiteral("Bad request");
    case 401: return vendor == Vendor::OpenAi ? QStringLiteral("Incorrect API key provided.")
                                              : QStringLiteral("Request had invalid authentication credentials.");
    case 403: return vendor == Vendor::OpenAi ? QStringLiteral("Country, region, or territory not supported")
                                              : QStringLiteral("The caller does not have permission");
    case 404: return QStringLiteral("Requested entity was not found.");
    case 408: return QStringLiteral("Request timed out.");
    case 413: return QStringLiteral("Request entity too large");
    case 429: return vendor == Vendor::OpenAi ? QStringLiteral("Rate limit reached for requests. Please try again later.")
                                              : QStringLiteral("Quota exceeded. Please try again later.");
    case 500: return vendor == Vendor::OpenAi
                         ? QStringLiteral("The server had an error while processing your request. Sorry about that!")
                         : QStringLiteral("Internal error encountered.");
    case 502: return QStringLiteral("Bad gateway.");
    case 503: return vendor == Vendor::OpenAi ? QStringLiteral("The engine is currently overloaded, please try again later.")
                                              : QStringLiteral("The service is currently unavailable.");
    case 504: return QStringLiteral("The request timed out. Please try again.");
    default: return QStringLiteral("Error %1").arg(status);
    }
}

QString VendorErrors::googleStatusName(int status)
{
    switch (status) {
    case 400: return QStringLiteral("INVALID_ARGUMENT");
    case 401: return QStringLiteral("UNAUTHENTICATED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 409: return QStringLiteral("ABORTED");
    case 413: return QStringLiteral("INVALID_ARGUMENT");
    case 429: return QStringLiteral("RESOURCE_EXHAUSTED");
    case 499: return QStringLiteral("CANCELLED");
    case 501: return QStringLiteral("UNIMPLEMENTED");
    case 503: return QStringLiteral("UNAVAILABLE");
    case 504: return QStringLiteral("DEADLINE_EXCEEDED");
    default: return status >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("FAILED_PRECONDITION");
    }
}

QString VendorErrors::openAiType(int status, const QString& code)
{
    if (code == QLatin1String("insufficient_quota"))
        return QStringLiteral("insufficient_quota");
    if (status == 429)
        return QStringLiteral("requests");
    if (status >= 500)
        return QStringLiteral("server_error");
    return QStringLiteral("invalid_request_error");
}

QString VendorErrors::yandexCode(int status)
{
    switch (status) {
    case 400: return QStringLiteral("BAD_REQUEST");
    case 401: return QStringLiteral("UNAUTHORIZED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 413: return QStringLiteral("BAD_REQUEST");
    case 429: return QStringLiteral("TOO_MANY_REQUESTS");
    case 503: return QStringLiteral("UNAVAILABLE");
    case 504: return QStringLiteral("DEADLINE_EXCEEDED");
    default: return status >= 500 ? QStringLiteral("INTERNAL_SERVER_ERROR") : QStringLiteral("BAD_REQUEST");
    }
}

} // namespace vd::test
