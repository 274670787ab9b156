#include "core/resilience/routingtrace.h"

#include <QJsonArray>
#include <cmath>

namespace vd {

QString routeDecisionName(RouteDecision decision)
{
    switch (decision) {
    case RouteDecision::Ok:
        return QStringLiteral("ok");
    case RouteDecision::Failed:
        return QStringLiteral("failed");
    case RouteDecision::Skipped:
        return QStringLiteral("skipped");
    case RouteDecision::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString RouteStep::describe() const
{
    QString text = routeDecisionName(decision);
    if (decision == RouteDecision::Skipped) {
        text += QStringLiteral(": ") + reason;
        if (until.isValid())
            text += QStringLiteral(" until ") + until.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    } else if (decision == RouteDecision::Failed && error) {
        text += QStringLiteral(": ") + error->summary();
    } else if (decision == RouteDecision::Cancelled && !reason.isEmpty()) {
        text += QStringLiteral(": ") + reason;
    }
    return text;
}

QList<RouteStep> RoutingTrace::attempts() const
{
    QList<RouteStep> result;
    for (const RouteStep& step : m_steps) {
        if (step.decision != RouteDecision::Skipped)
            result.append(step);
    }
    return result;
}

QList<RouteStep> RoutingTrace::skipped() const
{
    QList<RouteStep> result;
    for (const RouteStep& step : m_steps) {
        if (step.decision == RouteDecision::Skipped)
            result.append(step);
    }
    return result;
}

std::optional<RouteStep> RoutingTrace::winner() const
{
    for (const RouteStep& step : m_steps) {
        if (step.decision == RouteDecision::Ok)
            return step;
    }
    return std::nullopt;
}

QJsonObject RoutingTrace::toJson() const
{
    QJsonArray attempts;
    QJsonArray skipped;
    for (const RouteStep& step : m_steps) {
        if (step.decision == RouteDecision::Skipped) {
            QJsonObject json{{QStringLiteral("provider"), step.provider},
                             {QStringLiteral("reason"), step.reason}};
            if (step.until.isValid())
                json.insert(QStringLiteral("until"), step.until.toUTC().toString(Qt::ISODate));
            skipped.append(json);
            continue;
        }
        QJsonObject json{{QStringLiteral("provider"), step.provider},
                         {QStringLiteral("outcome"), routeDecisionName(step.decision)},
                         {QStringLiteral("latency_ms"), std::round(step.latencyMs * 10.0) / 10.0},
                         {QStringLiteral("attempt"), step.attempt}};
        if (step.error)
            json.insert(QStringLiteral("error"), step.error->toJson());
        if (!step.reason.isEmpty())
            json.insert(QStringLiteral("reason"), step.reason);
        if (!step.note.isEmpty())
            json.insert(QStringLiteral("note"), step.note);
        attempts.append(json);
    }
    return QJsonObject{{QStringLiteral("attempts"), attempts}, {QStringLiteral("skipped"), skipped}};
}

QStringList RoutingTrace::toText() const
{
    QStringList lines;
    for (const RouteStep& step : m_steps) {
        QString line = step.provider + QStringLiteral(": ") + step.describe();
        if (step.decision != RouteDecision::Skipped)
            line += QStringLiteral(" (attempt %1, %2 ms)").arg(step.attempt).arg(qRound64(step.latencyMs));
        if (!step.note.isEmpty())
            line += QStringLiteral("; ") + step.note;
        lines.append(line);
    }
    return lines;
}

} // namespace vd
