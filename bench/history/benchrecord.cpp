#include "bench/history/benchrecord.h"

namespace vd::bench {

const QStringList& benchProviders()
{
    static const QStringList providers{
        QStringLiteral("openai_stt"), QStringLiteral("openai_tts"), QStringLiteral("google_stt"),
        QStringLiteral("google_tts"), QStringLiteral("yandex_stt"), QStringLiteral("yandex_tts"),
    };
    return providers;
}

RequestRecord benchRecord(qint64 index, const QDateTime& time)
{
    const QStringList& providers = benchProviders();
    RequestRecord r;
    r.time = time;
    r.operation = index % 2 ? RequestRecord::kTranscribe : RequestRecord::kSynthesize;
    r.source = QStringLiteral("bench");
    r.provider = providers.at(qsizetype(index % providers.size()));
    const bool ok = index % 10 != 0;
    r.outcome = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    RouteStep attempt;
    attempt.provider = r.provider;
    attempt.decision = ok ? RouteDecision::Ok : RouteDecision::Failed;
    attempt.latencyMs = double(100 + index % 400);
    attempt.attempt = 1;
    if (!ok) {
        r.errorKind = QStringLiteral("server");
        r.errorMessage = QStringLiteral("503: overloaded");
        attempt.error = ProviderError::make(ErrorKind::Server, r.errorMessage, 503);
    }
    r.latencyMs = double(100 + index % 400);
    r.inputBytes = 32000;
    r.outputBytes = 40;
    r.attempts = 1;
    r.trace.append(attempt);
    return r;
}

} // namespace vd::bench
