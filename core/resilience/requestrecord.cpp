#include "core/resilience/requestrecord.h"

namespace vd {

QJsonObject RequestRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("operation"), operation},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("provider"), provider},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("latency_ms"), latencyMs},
                     {QStringLiteral("input_bytes"), inputBytes},
                     {QStringLiteral("output_bytes"), outputBytes},
                     {QStringLiteral("attempts"), attempts}};
    if (!errorKind.isEmpty()) {
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKind},
                                                         {QStringLiteral("message"), errorMessage}});
    }
    if (!trace.isEmpty())
        json.insert(QStringLiteral("route"), trace.toJson());
    return json;
}

} // namespace vd
