#include "core/network/errorclassifier.h"
#include "tests/support/fakeclock.h"

#include <QTest>

using namespace vd;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::CloudVendor)
Q_DECLARE_METATYPE(vd::ErrorKind)

namespace {

QByteArray openAiError(const char* code, const char* type = "invalid_request_error",
                       const char* message = "boom")
{
    return QByteArray(R"({"error":{"message":")") + message + R"(","type":")" + type +
           R"(","param":null,"code":)" + (code ? QByteArray("\"") + code + "\"" : QByteArray("null")) + "}}";
}

QByteArray googleError(int code, const char* status, const char* reason = nullptr,
                       const char* message = "boom", const char* metadata = "{}")
{
    QByteArray details = "[]";
    if (reason)
        details = QByteArray(R"([{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":")") + reason +
                  R"(","domain":"googleapis.com","metadata":)" + metadata + "}]";
    return QByteArray(R"({"error":{"code":)") + QByteArray::number(code) + R"(,"message":")" + message +
           R"(","status":")" + status + R"(","details":)" + details + "}}";
}

QByteArray yandexError(const char* code, const char* message = "boom")
{
    return QByteArray(R"({"error_code":")") + code + R"(","error_message":")" + message + R"("})";
}

} // namespace

// Vendor error classification (PRODUCT.md §3) and Retry-After parsing.
class TestErrorClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesHttpStatus_data();
    void classifiesHttpStatus();
    void classifiesNetworkErrors_data();
    void classifiesNetworkErrors();
    void attachesRetryAfterToRateLimits();
    void quotesVendorMessageTruncatedAndWithoutSecrets();
    void completeSuccessIsNotAnError();
    void truncatedSuccessIsANetworkError();
    void localVerdictWins();
    void unfollowedRedirectIsAnInvalidResponse();
    void htmlErrorPageStillClassifiesByStatus();
};

void TestErrorClassifier::classifiesHttpStatus_data()
{
    QTest::addColumn<CloudVendor>("vendor");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("vendorCode");

    const auto O = CloudVendor::OpenAi;
    const auto G = CloudVendor::Google;
    const auto Y = CloudVendor::Yandex;
    QTest::newRow("openai 400") << O << 400 << openAiError(nullptr) << ErrorKind::BadRequest
                                << "invalid_request_error";
    QTest::newRow("openai 400 content size")
        << O << 400
        << openAiError(nullptr, "invalid_request_error", "Maximum content size limit (26214400) exceeded")
        << ErrorKind::TooLarge << "invalid_request_error";
    QTest::newRow("openai 401") << O << 401 << openAiError("invalid_api_key") << ErrorKind::Auth
                                << "invalid_api_key";
    QTest::newRow("openai 403 region") << O << 403 << openAiError("unsupported_country_region_territory")
                                       << ErrorKind::Auth << "unsupported_country_region_territory";
    QTest::newRow("openai 404 model")
        << O << 404 << openAiError("model_not_found") << ErrorKind::BadRequest << "model_not_found";
    QTest::newRow("openai 408") << O << 408 << QByteArray() << ErrorKind::Timeout << "";
    QTest::newRow("openai 409") << O << 409 << QByteArray() << ErrorKind::Server << "";
    QTest::newRow("openai 413") << O << 413 << openAiError(nullptr) << ErrorKind::TooLarge
                                << "invalid_request_error";
    QTest::newRow("openai 429 rate") << O << 429 << openAiError("rate_limit_exceeded", "requests")
                                     << ErrorKind::RateLimited << "rate_limit_exceeded";
    QTest::newRow("openai 429 quota") << O << 429 << openAiError("insufficient_quota", "insufficient_quota")
                                      << ErrorKind::Quota << "insufficient_quota";
    QTest::newRow("openai 429 quota in type")
        << O << 429 << openAiError(nullptr, "insufficient_quota") << ErrorKind::Quota << "insufficient_quota";
    QTest::newRow("openai 500") << O << 500 << openAiError(nullptr, "server_error") << ErrorKind::Server
                                << "server_error";
    QTest::newRow("openai 503") << O << 503 << openAiError(nullptr, "server_error") << ErrorKind::Server
                                << "server_error";
    QTest::newRow("openai 504") << O << 504 << QByteArray() << ErrorKind::Timeout << "";
    QTest::newRow("openai 422") << O << 422 << QByteArray() << ErrorKind::BadRequest << "";

    QTest::newRow("google 400") << G << 400 << googleError(400, "INVALID_ARGUMENT") << ErrorKind::BadRequest
                                << "INVALID_ARGUMENT";
    QTest::newRow("google 400 bad key") << G << 400 << googleError(400, "INVALID_ARGUMENT", "API_KEY_INVALID")
                                        << ErrorKind::Auth << "API_KEY_INVALID";
    QTest::newRow("google 400 too long")
        << G << 400
        << googleError(400, "INVALID_ARGUMENT", nullptr,
                       "Sync input too long. For audio longer than 1 min use "
                       "LongRunningRecognize")
        << ErrorKind::TooLarge << "INVALID_ARGUMENT";
    QTest::newRow("google 400 payload")
        << G << 400
        << googleError(400, "INVALID_ARGUMENT", nullptr,
                       "Request payload size exceeds the limit: 10485760 bytes.")
        << ErrorKind::TooLarge << "INVALID_ARGUMENT";
    QTest::newRow("google 401") << G << 401 << googleError(401, "UNAUTHENTICATED") << ErrorKind::Auth
                                << "UNAUTHENTICATED";
    QTest::newRow("google 403 disabled")
        << G << 403 << googleError(403, "PERMISSION_DENIED", "SERVICE_DISABLED") << ErrorKind::Auth
        << "SERVICE_DISABLED";
    QTest::newRow("google 403 billing")
        << G << 403 << googleError(403, "PERMISSION_DENIED", "BILLING_DISABLED") << ErrorKind::Quota
        << "BILLING_DISABLED";
    QTest::newRow("google 404") << G << 404 << googleError(404, "NOT_FOUND") << ErrorKind::BadRequest
                                << "NOT_FOUND";
    QTest::newRow("google 429 per minute")
        << G << 429
        << googleError(429, "RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED", "Quota exceeded",
                       R"({"quota_limit":"DefaultRequestsPerMinutePerProject"})")
        << ErrorKind::RateLimited << "RATE_LIMIT_EXCEEDED";
    QTest::newRow("google 429 per day")
        << G << 429
        << googleError(429, "RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED", "Quota exceeded",
                       R"({"quota_limit":"DefaultRequestsPerDayPerProject"})")
        << ErrorKind::Quota << "RATE_LIMIT_EXCEEDED";
    QTest::newRow("google 429 bare") << G << 429 << googleError(429, "RESOURCE_EXHAUSTED")
                                     << ErrorKind::RateLimited << "RESOURCE_EXHAUSTED";
    QTest::newRow("google 500") << G << 500 << googleError(500, "INTERNAL") << ErrorKind::Server
                                << "INTERNAL";
    QTest::newRow("google 503") << G << 503 << googleError(503, "UNAVAILABLE") << ErrorKind::Server
                                << "UNAVAILABLE";
    QTest::newRow("google 504") << G << 504 << googleError(504, "DEADLINE_EXCEEDED") << ErrorKind::Timeout
                                << "DEADLINE_EXCEEDED";

    QTest::newRow("yandex 400") << Y << 400 << yandexError("BAD_REQUEST") << ErrorKind::BadRequest
                                << "BAD_REQUEST";
    QTest::newRow("yandex 401") << Y << 401 << yandexError("UNAUTHORIZED") << ErrorKind::Auth
                                << "UNAUTHORIZED";
    QTest::newRow("yandex 403") << Y << 403 << yandexError("PERMISSION_DENIED") << ErrorKind::Auth
                                << "PERMISSION_DENIED";
    QTest::newRow("yandex 429") << Y << 429 << yandexError("RESOURCE_EXHAUSTED") << ErrorKind::RateLimited
                                << "RESOURCE_EXHAUSTED";
    QTest::newRow("yandex 500") << Y << 500 << yandexError("INTERNAL") << ErrorKind::Server << "INTERNAL";
    QTest::newRow("yandex 503") << Y << 503 << yandexError("UNAVAILABLE") << ErrorKind::Server
                                << "UNAVAILABLE";
    QTest::newRow("yandex 504") << Y << 504 << yandexError("DEADLINE_EXCEEDED") << ErrorKind::Timeout
                                << "DEADLINE_EXCEEDED";
    QTest::newRow("plain text 502") << Y << 502 << QByteArray("Bad Gateway") << ErrorKind::Server << "";
}

void TestErrorClassifier::classifiesHttpStatus()
{
    QFETCH(CloudVendor, vendor);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, vendorCode);
    test::FakeClock clock;
    const ProviderError error = classifyHttpStatus(vendor, status, body, {}, clock);
    QCOMPARE(errorKindName(error.kind), errorKindName(kind));
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.vendorCode, vendorCode);
    QVERIFY2(error.message.contains(vendorDisplayName(vendor)), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    if (body.contains("boom"))
        QVERIFY2(error.message.contains(QLatin1String("boom")), qPrintable(error.message));
}

void TestErrorClassifier::classifiesNetworkErrors_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << ErrorKind::Network << "refused";
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << ErrorKind::Network << "not found";
    QTest::newRow("remote closed") << QNetworkReply::RemoteHostClosedError << ErrorKind::Network << "failed";
    QTest::newRow("temporary failure")
        << QNetworkReply::TemporaryNetworkFailureError << ErrorKind::Network << "network";
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << ErrorKind::Timeout << "timed out";
    QTest::newRow("proxy timeout") << QNetworkReply::ProxyTimeoutError << ErrorKind::Timeout << "timed out";
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << ErrorKind::Network << "TLS";
    QTest::newRow("insecure redirect")
        << QNetworkReply::InsecureRedirectError << ErrorKind::Network << "redirected";
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << ErrorKind::Cancelled
                               << "cancelled";
}

void TestErrorClassifier::classifiesNetworkErrors()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, mentions);
    const ProviderError error =
        classifyNetworkError(CloudVendor::OpenAi, networkError, QStringLiteral("detail"));
    QCOMPARE(errorKindName(error.kind), errorKindName(kind));
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(error.message));
}

void TestErrorClassifier::attachesRetryAfterToRateLimits()
{
    test::FakeClock clock;
    const ProviderError error = classifyHttpStatus(
        CloudVendor::OpenAi, 429, openAiError("rate_limit_exceeded"), {{"Retry-After", "3"}}, clock);
    QCOMPARE(error.kind, ErrorKind::RateLimited);
    QCOMPARE(error.retryAfter, std::optional(std::chrono::milliseconds(3000)));
}

void TestErrorClassifier::quotesVendorMessageTruncatedAndWithoutSecrets()
{
    test::FakeClock clock;
    const QByteArray longMessage =
        "Incorrect API key provided: sk-proj-abcdefghijklmnop1234. " + QByteArray(1000, 'x');
    const ProviderError error =
        classifyHttpStatus(CloudVendor::OpenAi, 401,
                           openAiError("invalid_api_key", "invalid_request_error", longMessage), {}, clock);
    QVERIFY(!error.message.contains(QLatin1String("sk-proj-abcdefghijklmnop1234")));
    QVERIFY(error.message.contains(QLatin1String("Incorrect API key provided")));
    QVERIFY(error.message.size() < 700);
    QVERIFY2(error.message.contains(QLatin1String("OPENAI_API_KEY")), qPrintable(error.message));
}

void TestErrorClassifier::completeSuccessIsNotAnError()
{
    test::FakeClock clock;
    HttpResponse response;
    response.status = 200;
    response.body = "{}";
    QVERIFY(!classifyResponse(CloudVendor::Google, response, clock).has_value());
}

void TestErrorClassifier::truncatedSuccessIsANetworkError()
{
    test::FakeClock clock;
    HttpResponse response;
    response.status = 200;
    response.body = "{\"te";
    response.networkError = QNetworkReply::RemoteHostClosedError;
    const auto error = classifyResponse(CloudVendor::OpenAi, response, clock);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::Network);
    QVERIFY2(error->message.contains(QLatin1String("cut off")), qPrintable(error->message));
}

void TestErrorClassifier::localVerdictWins()
{
    test::FakeClock clock;
    HttpResponse response;
    response.status = 200;
    response.localError =
        ProviderError::make(ErrorKind::InvalidResponse, QStringLiteral("over the 4 MiB cap"));
    const auto error = classifyResponse(CloudVendor::Yandex, response, clock);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::InvalidResponse);
    QCOMPARE(error->message, QStringLiteral("over the 4 MiB cap"));
}

void TestErrorClassifier::unfollowedRedirectIsAnInvalidResponse()
{
    test::FakeClock clock;
    HttpResponse response;
    response.status = 302;
    response.headers = {{"Location", "https://elsewhere.example/"}};
    const auto error = classifyResponse(CloudVendor::OpenAi, response, clock);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::InvalidResponse);
    QVERIFY(error->message.contains(QLatin1String("base_url")));
}

void TestErrorClassifier::htmlErrorPageStillClassifiesByStatus()
{
    test::FakeClock clock;
    const ProviderError error =
        classifyHttpStatus(CloudVendor::Google, 503, "<html><body>Service down</body></html>", {}, clock);
    QCOMPARE(error.kind, ErrorKind::Server);
    QVERIFY(!error.message.contains(QLatin1String("<html>")));
}

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "tst_errorclassifier.moc"
