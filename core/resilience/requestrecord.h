#pragma once

#include "core/resilience/routingtrace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vd {

// One row of the request history: a routed STT/TTS request (whatever its outcome) or an active
// health probe. A plain value, built where requests finish (Router) and probes are recorded
// (ResilienceState), written in batches by HistoryRecorder.
struct RequestRecord
{
    static inline const QString kTranscribe = QStringLiteral("transcribe");
    static inline const QString kSynthesize = QStringLiteral("synthesize");
    static inline const QString kProbe = QStringLiteral("probe");

    qint64 id = 0;  // set when read back
    QDateTime time; // when the outcome was known (UTC)
    QString operation;
    QString source;    // the CLI command or GUI page that asked ("bench", "suite", ...); may be empty
    QString provider;  // the provider that answered, else the last one tried (or probed)
    QString outcome;   // "ok", "failed", "cancelled"
    QString errorKind; // ErrorKind name when not ok
    QString errorMessage;
    double latencyMs = 0.0;
    qint64 inputBytes = 0;  // the request: UTF-8 text, or the audio as 16-bit PCM
    qint64 outputBytes = 0; // the answer: UTF-8 transcript, or the encoded audio
    int attempts = 0;
    // Empty for probes. Kept as steps, not JSON: the history writes it as JSON on its own thread,
    // and the routing thread (the GUI's) saves the serialisation on every request (issue #13).
    RoutingTrace trace;

    // {"id", "time", "operation", "source", "provider", "outcome", "error": {"kind", "message"},
    //  "latency_ms", "input_bytes", "output_bytes", "attempts", "route"}
    QJsonObject toJson() const;
};

} // namespace vd
