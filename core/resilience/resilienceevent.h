#pragma once

#include "core/resilience/healthsample.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vd {

// One thing that happened to a provider's resilience state in this process, kept until the
// store has merged it into the shared state file. Replaying events (rather than overwriting the
// file with this process's view) is what lets concurrent GUI and CLI processes lose nothing.
struct ResilienceEvent
{
    enum class Type
    {
        CallSucceeded, // latencyMs
        CallFailed,    // latencyMs
        ProbeSucceeded,
        Sample,       // sample, text = error summary
        AttentionSet, // text = reason
        AttentionCleared,
        BreakerReset,
        BreakerForcedOpen,
        BreakerDisabled,
    };

    QString provider;
    Type type = Type::Sample;
    QDateTime time;
    qint64 latencyMs = 0;
    QString text;
    HealthSample sample;
};

} // namespace vd
