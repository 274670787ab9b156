#pragma once

#include "core/model/providererror.h"
#include "core/resilience/routingtrace.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace vd {

// One request the application made, as the Activity page shows it (PRODUCT.md §5): when, what,
// which provider answered (or was tried last), how it ended, how long it took, how big it was,
// and the routing trace that explains it.
struct ActivityEntry
{
    enum class Operation
    {
        Transcribe,
        Synthesize,
        Compare,
        Probe,
        Voices
    };

    QDateTime time; // when the request was started (UTC)
    Operation operation = Operation::Transcribe;
    QString provider; // the provider that answered, or the last one tried
    bool ok = false;
    std::optional<ProviderError> error; // set when !ok
    double latencyMs = 0.0;
    qint64 bytes = 0;   // audio bytes sent (STT) or received (TTS); text length for voices: 0
    RoutingTrace trace; // empty for direct (non-routed) requests
};

QString operationName(ActivityEntry::Operation operation); // "transcribe", "synthesize", ...

} // namespace vd
