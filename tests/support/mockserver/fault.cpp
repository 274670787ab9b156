#include "tests/support/mockserver/fault.h"

#include <QJsonValue>

namespace vd::test {

namespace {

struct KindRow
{
    Fault::Kind kind;
    const char* name;
};

constexpr KindRow kKinds[] = {
    {Fault::Kind::None, "none"},
    {Fault::Kind::HttpError, "http_error"},
    {Fault::Kind::Hang, "hang"},
    {Fault::Kind::SlowDrip, "slow_drip"},
    {Fault::Kind::TruncatedBody, "truncated_body"},
    {Fault::Kind::ResetMidBody, "reset"},
    {Fault::Kind::CloseBeforeAnswer, "close"},
    {Fault::Kind::InvalidJson, "invalid_json"},
    {Fault::Kind::WrongContentType, "wrong_content_type"},
    {Fault::Kind::WrongShape, "wrong_shape"},
    {Fault::Kind::EmptyResult, "empty_result"},
    {Fault::Kind::OversizedBody, "oversized_body"},
    {Fault::Kind::Delay, "delay"},
    {Fault::Kind::CompressionBomb, "compression_bomb"},
};

} // namespace

Fault Fault::of(Kind kind)
{
    Fault fault;
    fault.kind = kind;
    return fault;
}

Fault Fault::httpError(int status, const QString& code, const QString& message)
{
    Fault fault = of(Kind::HttpError);
    fault.status = status;
    fault.code = code;
    fault.message = message;
    return fault;
}

Fault Fault::delay(int ms)
{
    Fault fault = of(Kind::Delay);
    fault.delayMs = ms;
    return fault;
}

Fault Fault::slowDrip(int totalMs)
{
    Fault fault = of(Kind::SlowDrip);
    fault.durationMs = totalMs;
    return fault;
}

Fault Fault::oversized(qint64 bytes, bool chunked)
{
    Fault fault = of(Kind::OversizedBody);
    fault.oversizeBytes = bytes;
    fault.chunked = chunked;
    return fault;
}

Fault Fault::compressionBomb(qint64 inflatedBytes)
{
    Fault fault = of(Kind::CompressionBomb);
    fault.oversizeBytes = inflatedBytes;
    return fault;
}

Fault& Fault::withRetryAfter(const QByteArray& value)
{
    retryAfter = value;
    return *this;
}

Fault& Fault::withRetryAfterMs(int ms)
{
    retryAfterMs = ms;
    return *this;
}

bool Fault::isContentFault() const
{
    return kind == Kind::HttpError || kind == Kind::InvalidJson || kind == Kind::WrongContentType ||
           kind == Kind::WrongShape || kind == Kind::EmptyResult || kind == Kind::CompressionBomb;
}

QString Fault::kindName(Kind kind)
{
    for (const KindRow& row : kKinds) {
        if (row.kind == kind)
            return QString::fromLatin1(row.name);
    }
    return QStringLiteral("none");
}

std::optional<Fault::Kind> Fault::kindFromName(const QString& name)
{
    for (const KindRow& row : kKinds) {
        if (name == QLatin1String(row.name))
            return row.kind;
    }
    return std::nullopt;
}

Result<Fault, QString> Fault::fromJson(const QJsonObject& object)
{
    const std::optional<Kind> kind = kindFromName(object.value(QLatin1String("fault")).toString());
    if (!kind)
        return QStringLiteral("unknown or missing 'fault' (e.g. \"http_error\", \"hang\", \"slow_drip\")");
    Fault fault = of(*kind);
    fault.status = object.value(QLatin1String("status")).toInt(0);
    fault.message = object.value(QLatin1String("message")).toString();
    fault.code = object.value(QLatin1String("code")).toString();
    fault.type = object.value(QLatin1String("type")).toString();
    const QJsonValue retryAfter = object.value(QLatin1String("retry_after"));
    if (retryAfter.isDouble())
        fault.retryAfter = QByteArray::number(retryAfter.toInteger());
    else if (retryAfter.isString())
        fault.retryAfter = retryAfter.toString().toLatin1();
    fault.retryAfterMs = object.value(QLatin1String("retry_after_ms")).toInt(-1);
    fault.delayMs = object.value(QLatin1String("delay_ms")).toInt(0);
    fault.durationMs = object.value(QLatin1String("duration_ms")).toInt(fault.durationMs);
    fault.oversizeBytes = object.value(QLatin1String("bytes")).toInteger(fault.oversizeBytes);
    fault.chunked = object.value(QLatin1String("chunked")).toBool(false);
    if (fault.kind == Kind::HttpError && (fault.status < 400 || fault.status > 599))
        return QStringLiteral("http_error needs a 'status' between 400 and 599");
    return fault;
}

} // namespace vd::test
