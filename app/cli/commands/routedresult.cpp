#include "app/cli/commands/routedresult.h"

#include "core/evaluation/worderrorrate.h"

namespace vd::cli {

QJsonObject routedResultJson(const ProviderJob& job, const RoutingTrace& trace, const QString& provider,
                             double latencyMs)
{
    QJsonObject json = trace.toJson();
    json.insert(QStringLiteral("ok"), !job.hasError());
    json.insert(QStringLiteral("provider"), provider.isEmpty() ? QJsonValue() : QJsonValue(provider));
    json.insert(QStringLiteral("latency_ms"), latencyMs);
    if (job.hasError())
        json.insert(QStringLiteral("error"), job.error().toJson());
    return json;
}

int routedExitCode(const ProviderJob& job)
{
    if (!job.hasError())
        return ExitOk;
    return isRequestFault(job.error().kind) ? ExitUsage : ExitProvidersFailed;
}

void reportRouting(const CliOutput& out, const ProviderJob& job, const RoutingTrace& trace)
{
    for (const QString& line : trace.toText())
        out.diagnostic(QStringLiteral("route: ") + line);
    if (job.hasError())
        out.error(job.error().message.isEmpty() ? job.error().summary() : job.error().message);
}

QJsonValue werJson(const CliOutput& out, const QString& reference, const QString& hypothesis,
                   const QString& provider)
{
    if (const std::optional<WordErrorRate> wer = computeWordErrorRate(reference, hypothesis))
        return wer->rate;
    const QString message =
        QObject::tr("the word error rate was not computed: the texts are over %1 word pairs (reference "
                    "words × transcript words); compare shorter texts")
            .arg(kMaxWordErrorRateCells);
    out.error(provider.isEmpty() ? message : QStringLiteral("%1: %2").arg(provider, message));
    return QJsonValue();
}

} // namespace vd::cli
