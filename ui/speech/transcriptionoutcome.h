#pragma once

#include "core/evaluation/worderrorrate.h"
#include "core/model/providererror.h"
#include "core/resilience/routingtrace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace vd {

class RoutedTranscribeJob;

// The result of one transcription as the Speech-to-text page shows and exports it: the text or
// the error, who answered, how long it took, the routing trace and the WER when a reference
// was given.
struct TranscriptionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(vd::TranscriptionOutcome)

public:
    bool ok = false;
    QString text;
    QString language;
    QString provider; // the provider that answered (or was tried last)
    double latencyMs = 0.0;
    std::optional<ProviderError> error;
    RoutingTrace trace;
    std::optional<double> wer;
    // The transcript's words aligned with the reference (empty without one, or when too long).
    QList<AlignedWord> alignment;
    QString source; // the file name or "recording", for people

    // Takes the rate and the aligned words of a scoring (nothing when it could not be scored).
    void setScore(const std::optional<WordAlignment>& score);

    // Reads a finished routed job.
    static TranscriptionOutcome fromJob(const RoutedTranscribeJob& job, double latencyMs);

    // The shape of `voicedeck-cli transcribe --json` (PRODUCT.md §4): ok, text, provider,
    // language, latency_ms, wer, attempts, skipped, and error on failure.
    QJsonObject toJson() const;
    // The transcript followed by a short report (provider, latency, WER, trace), for .txt export.
    QString toText() const;
    // "openai_stt failed: ...": the error as the user should read it.
    QString errorMessage() const;
    // A word error rate as people read it: "27.8 %" for 0.278 (the JSON keeps the ratio).
    static QString werText(double wer);
};

} // namespace vd

Q_DECLARE_METATYPE(vd::TranscriptionOutcome)
