#include "core/resilience/routingtrace.h"

#include "core/model/jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QByteArray RoutingTrace::toJsonText() const
{
    QByteArray attempts;
    QByteArray skipped;
    for (const RouteStep& step : m_steps) {
        JsonBody object;
        object.add("provider", step.provider);
        const bool skip = step.decision == RouteDecision::Skipped;
        if (skip) {
            object.add("reason", step.reason);
            if (step.until.isValid())
                object.add("until", step.until.toUTC().toString(Qt::ISODate));
        } else {
            object.add("outcome", routeDecisionName(step.decision))
                .add("latency_ms", std::round(step.latencyMs * 10.0) / 10.0)
                .add("attempt", qint64(step.attempt));
            if (step.error)
                object.addJson("error", QJsonDocument(step.error->toJson()).toJson(QJsonDocument::Compact));
            if (!step.reason.isEmpty())
                object.add("reason", step.reason);
            if (!step.note.isEmpty())
                object.add("note", step.note);
        }
        QByteArray& list = skip ? skipped : attempts;
        if (!list.isEmpty())
            list += ',';
        list += object.bytes();
    }
    return "{\"attempts\":[" + attempts + "],\"skipped\":[" + skipped + "]}";
}

QJsonObject RoutingTrace::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

RoutingTrace RoutingTrace::fromJson(const QJsonObject& json)
{
    RoutingTrace trace;
    for (const QJsonValue& value : json.value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject attempt = value.toObject();
        RouteStep step;
        step.provider = attempt.value(QStringLiteral("provider")).toString();
        const QString outcome = attempt.value(QStringLiteral("outcome")).toString();
        step.decision = outcome == routeDecisionName(RouteDecision::Ok)       ? RouteDecision::Ok
                        : outcome == routeDecisionName(RouteDecision::Failed) ? RouteDecision::Failed
                                                                              : RouteDecision::Cancelled;
        step.latencyMs = attempt.value(QStringLiteral("latency_ms")).toDouble();
        step.attempt = attempt.value(QStringLiteral("attempt")).toInt();
        step.error = ProviderError::fromJson(attempt.value(QStringLiteral("error")).toObject());
        step.reason = attempt.value(QStringLiteral("reason")).toString();
        step.note = attempt.value(QStringLiteral("note")).toString();
        trace.append(step);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject skip = value.toObject();
        RouteStep step;
        step.provider = skip.value(QStringLiteral("provider")).toString();
        step.reason = skip.value(QStringLiteral("reason")).toString();
        step.until = QDateTime::fromString(skip.value(QStringLiteral("until")).toString(), Qt::ISODate);
        trace.append(step);
    }
    return trace;
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
