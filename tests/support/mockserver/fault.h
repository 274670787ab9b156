#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace vd::test {

// A misbehaviour the mock server plays instead of (or around) its normal answer. Content faults
// (HttpError, InvalidJson, WrongContentType, WrongShape, EmptyResult, CompressionBomb) change
// what is sent;
// transport faults (Hang, SlowDrip, TruncatedBody, ResetMidBody, CloseBeforeAnswer,
// OversizedBody, Delay) change how it is sent. Refused connections are not a server fault: point
// the client at a closed port (listen, note port(), close()) to get one.
struct Fault
{
    enum class Kind
    {
        None,
        HttpError,         // `status` + the vendor's error body (+ Retry-After / retry-after-ms)
        Hang,              // read the request, never answer, keep the connection open
        SlowDrip,          // the normal answer, body a few bytes per interval over `durationMs`
        TruncatedBody,     // declare the full Content-Length, send half the body, close
        ResetMidBody,      // send headers and half the body, then a TCP reset
        CloseBeforeAnswer, // read the request, close without a byte (QNAM may resend once: use count -1)
        InvalidJson,       // 200 with a JSON content type and a broken body
        WrongContentType,  // an HTML error page (status default 200) instead of the API's answer
        WrongShape,        // well-formed JSON with the expected keys of the wrong types
        EmptyResult,       // success with nothing in it: {"text":""}, Google {}, empty audio
        OversizedBody,     // 200 and `oversizeBytes` of body, generated while streaming
        Delay,             // wait `delayMs`, then the normal answer
        CompressionBomb,   // 200, Content-Encoding gzip, a small body inflating to `oversizeBytes`
    };

    Kind kind = Kind::None;
    int status = 0;        // HttpError: default 500; WrongContentType: default 200
    QString message;       // vendor error message; default: the vendor's usual text for `status`
    QString code;          // OpenAI error.code / Google ErrorInfo reason / Yandex error_code
    QString type;          // OpenAI error.type / Google error.status; default from `status`
    QByteArray retryAfter; // Retry-After value verbatim: "3" or an HTTP-date
    int retryAfterMs = -1; // retry-after-ms header (OpenAI SDKs read it), -1: none
    int delayMs = 0;       // wait before answering; applies to every kind
    int durationMs = 2000; // SlowDrip: total time over which the body is sent
    qint64 oversizeBytes = 200LL * 1024 * 1024; // OversizedBody sent, CompressionBomb inflated
    bool chunked = false; // OversizedBody: Transfer-Encoding chunked instead of Content-Length

    static Fault of(Kind kind);
    static Fault httpError(int status, const QString& code = {}, const QString& message = {});
    static Fault delay(int ms);
    static Fault slowDrip(int totalMs);
    static Fault oversized(qint64 bytes, bool chunked = false);
    static Fault compressionBomb(qint64 inflatedBytes);
    Fault& withRetryAfter(const QByteArray& value);
    Fault& withRetryAfterMs(int ms);

    bool isContentFault() const;
    QString name() const { return kindName(kind); }

    // Names used by the control API: "http_error", "hang", "slow_drip", "truncated_body",
    // "reset", "close", "invalid_json", "wrong_content_type", "wrong_shape", "empty_result",
    // "oversized_body", "delay", "compression_bomb", "none".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    // {"fault": name, "status", "message", "code", "type", "retry_after" (number or string),
    //  "retry_after_ms", "delay_ms", "duration_ms", "bytes", "chunked"}
    static Result<Fault, QString> fromJson(const QJsonObject& object);
};

} // namespace vd::test
