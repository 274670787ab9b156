#pragma once

#include "core/model/providererror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vd {

enum class RouteDecision
{
    Ok,
    Failed,
    Skipped,
    Cancelled
};
QString routeDecisionName(RouteDecision decision); // "ok", "failed", "skipped", "cancelled"

// Why a provider was not tried (PRODUCT.md §3/§4 "skipped" reasons).
namespace SkipReason {
inline const QString Disabled = QStringLiteral("disabled");
inline const QString NotConfigured = QStringLiteral("not_configured");
inline const QString CircuitOpen = QStringLiteral("circuit_open");
inline const QString NeedsAttention = QStringLiteral("needs_attention");
inline const QString Offline = QStringLiteral("offline");
} // namespace SkipReason

// One provider considered by the router: skipped (with the reason), or one attempt on it.
struct RouteStep
{
    QString provider;
    RouteDecision decision = RouteDecision::Skipped;
    QString reason;                     // skip reason, or why an attempt was cancelled
    std::optional<ProviderError> error; // failed (and cancelled) attempts
    double latencyMs = 0.0;
    int attempt = 0; // 1 = first try on this provider, 2 = first retry, ...
    QDateTime until; // circuit_open: when the provider will be tried again
    QString note;    // e.g. the TTS voice mapping: voice "alloy" → "en-US-Standard-C"

    // "skipped: circuit_open until 12:03:10", "failed: server 503: overloaded", "ok"
    QString describe() const;
};

// The record of one routed request, attached to its result: every provider considered, in order.
class RoutingTrace
{
public:
    // Returns the step's index, so an attempt can be entered when it starts (keeping the order in
    // which providers were considered) and completed when its outcome is known.
    int append(const RouteStep& step)
    {
        m_steps.append(step);
        return int(m_steps.size()) - 1;
    }
    void replace(int index, const RouteStep& step) { m_steps[index] = step; }
    const QList<RouteStep>& steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }

    QList<RouteStep> attempts() const; // ok, failed and cancelled, in order
    QList<RouteStep> skipped() const;
    std::optional<RouteStep> winner() const;

    // PRODUCT.md §4: {"attempts": [{"provider", "outcome", "latency_ms", "error": {...}}],
    //                 "skipped": [{"provider", "reason"}]}. Attempts also carry "attempt" and,
    // when set, "reason" and "note"; circuit_open skips carry "until" (ISO 8601 UTC). The text is
    // written straight into bytes (the history stores one per request, issue #13); toJson() is
    // that text parsed back.
    QByteArray toJsonText() const;
    QJsonObject toJson() const;
    // The inverse of toJson(), for traces read back from the history. The JSON keeps attempts and
    // skips apart, so the steps come back as every attempt, then every skip.
    static RoutingTrace fromJson(const QJsonObject& json);
    // One line per step: "openai_stt: failed: server 503: overloaded (attempt 1, 31 ms)".
    QStringList toText() const;

private:
    QList<RouteStep> m_steps;
};

} // namespace vd
