#pragma once

#include "core/model/errorkind.h"
#include "core/model/providerkind.h"

#include <QDateTime>
#include <QJsonArray>
#include <optional>

namespace vd {

// One point of a provider's health time series: a routed call or an active probe.
struct HealthSample
{
    QDateTime time; // wall time (UTC) when the outcome was known
    double latencyMs = 0.0;
    std::optional<ErrorKind> error;              // nullopt = ok
    HealthStatus status = HealthStatus::Unknown; // the provider's status right after this sample
    bool probe = false;
    bool invalidAudio = false; // the error is a TTS answer whose audio failed SpeechAudioCheck
    std::optional<double> wer; // a round-trip probe's word error rate (RoundTripProbeJob)

    bool ok() const { return !error; }
    // Whether this outcome says anything about the provider (see countsAgainstProvider).
    bool counts() const { return !error || countsAgainstProvider(*error); }

    // Compact form for the state file: [time_ms, latency_ms, "ok"|kind, "STATUS", probe(0/1)],
    // then invalid audio (0/1) and the WER, each present only when it (or what follows) is set,
    // so older files read the same. appendJson writes it as text (the state file holds tens of
    // thousands of samples); toJson is the same array parsed back.
    void appendJson(QByteArray& out) const;
    QJsonArray toJson() const;
    static std::optional<HealthSample> fromJson(const QJsonArray& json);
    bool operator==(const HealthSample&) const = default;
};

} // namespace vd
