#include "core/resilience/routefailure.h"

#include "core/resilience/routingtrace.h"

#include <QCoreApplication>
#include <algorithm>

namespace vd::RouteFailure {

namespace {

// Higher says more about what the user must change.
int telling(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unsupported:
    case ErrorKind::BadRequest:
    case ErrorKind::TooLarge:
        return 3;
    case ErrorKind::Auth:
    case ErrorKind::Quota:
    case ErrorKind::NotConfigured:
        return 2;
    default:
        return 1;
    }
}

struct Failure
{
    QString provider;
    ProviderError error;
};

// Each provider's last failed attempt, in the order the providers were first tried.
QList<Failure> failures(const RoutingTrace& trace)
{
    QList<Failure> result;
    for (const RouteStep& step : trace.attempts()) {
        if (step.decision != RouteDecision::Failed || !step.error)
            continue;
        const auto same = std::find_if(result.begin(), result.end(),
                                       [&](const Failure& f) { return f.provider == step.provider; });
        if (same != result.end())
            same->error = *step.error;
        else
            result.append({step.provider, *step.error});
    }
    return result;
}

qsizetype leadIndex(const QList<Failure>& list)
{
    qsizetype lead = 0;
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (telling(list[i].error.kind) >= telling(list[lead].error.kind))
            lead = i;
    }
    return lead;
}

// "openai_stt: network: connection refused" unless the message already starts with the name.
QString named(const Failure& failure)
{
    const QString summary = failure.error.summary();
    return failure.error.message.startsWith(failure.provider)
               ? summary
               : failure.provider + QStringLiteral(": ") + summary;
}

ProviderError noProviderTried(const RoutingTrace& trace, ProviderCategory category)
{
    const QList<RouteStep> skipped = trace.skipped();
    if (skipped.size() == 1 && skipped.first().error)
        return *skipped.first().error;
    ErrorKind kind = ErrorKind::NotConfigured;
    QStringList reasons;
    for (const RouteStep& step : skipped) {
        reasons.append(step.provider + QLatin1Char(' ') + step.describe().section(QStringLiteral(": "), 1));
        if (step.reason == SkipReason::CircuitOpen)
            kind = ErrorKind::CircuitOpen;
        else if (step.reason == SkipReason::Offline && kind != ErrorKind::CircuitOpen)
            kind = ErrorKind::Network;
    }
    const QString what = category == ProviderCategory::Stt
                             ? QCoreApplication::translate("vd::RouteFailure", "speech-to-text")
                             : QCoreApplication::translate("vd::RouteFailure", "text-to-speech");
    if (reasons.isEmpty())
        return ProviderError::make(
            ErrorKind::NotConfigured,
            QCoreApplication::translate("vd::RouteFailure",
                                        "There is no %1 provider; add or enable one on the Providers page.")
                .arg(what));
    return ProviderError::make(
        kind, QCoreApplication::translate(
                  "vd::RouteFailure", "No %1 provider could be used (%2); configure, enable or reset one.")
                  .arg(what, reasons.join(QStringLiteral("; "))));
}

} // namespace

ProviderError noAnswer(const RoutingTrace& trace, ProviderCategory category)
{
    const QList<Failure> list = failures(trace);
    if (list.isEmpty())
        return noProviderTried(trace, category);
    const qsizetype lead = leadIndex(list);
    ProviderError error = list[lead].error;
    if (list.size() == 1)
        return error;
    QStringList others;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i != lead)
            others << named(list[i]);
    }
    const QString& provider = list[lead].provider;
    const QString leadText =
        error.message.startsWith(provider) ? error.message : provider + QStringLiteral(": ") + error.message;
    error.message = QCoreApplication::translate("vd::RouteFailure", "%1 Also failed: %2.")
                        .arg(leadText, others.join(QStringLiteral("; ")));
    return error;
}

ProviderError deadline(const RoutingTrace& trace, int deadlineMs)
{
    QString message =
        QCoreApplication::translate(
            "vd::RouteFailure",
            "No provider answered within the request deadline of %1 ms (routing.request_deadline_ms).")
            .arg(deadlineMs);
    QStringList failed;
    for (const Failure& failure : failures(trace))
        failed << named(failure);
    if (!failed.isEmpty())
        message += QLatin1Char(' ') + QCoreApplication::translate("vd::RouteFailure", "Failed before it: %1.")
                                          .arg(failed.join(QStringLiteral("; ")));
    return ProviderError::make(ErrorKind::Timeout, message);
}

} // namespace vd::RouteFailure
