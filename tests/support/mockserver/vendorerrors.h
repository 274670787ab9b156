#pragma once

#include "tests/support/mockserver/endpoint.h"
#include "tests/support/mockserver/httpresponse.h"

namespace vd::test {

// Error responses in each vendor's real shape:
//   OpenAI {"error":{"message","type","param","code"}} (param/code null when not given)
//   Google {"error":{"code","message","status","details":[{"@type": ErrorInfo,"reason",...}]}}
//   Yandex {"error_code","error_message"}
class VendorErrors
{
public:
    static HttpResponse openAi(int status, const QString& message, const QString& type = {},
                               const QString& code = {}, const QString& param = {});
    // `reason` empty: no details (Google omits them for plain argument errors).
    static HttpResponse google(Endpoint endpoint, int status, const QString& message,
                               const QString& reason = {}, const QString& statusName = {});
    static HttpResponse yandex(int status, const QString& message, const QString& code = {});

    // The endpoint's vendor shape; empty fields take the vendor's usual values for `status`.
    static HttpResponse forEndpoint(Endpoint endpoint, int status, const QString& message = {},
                                    const QString& code = {}, const QString& type = {});

    static QString defaultMessage(Vendor vendor, int status);
    static QString googleStatusName(int status);
    static QString openAiType(int status, const QString& code);
    static QString yandexCode(int status);
};

} // namespace vd::test
