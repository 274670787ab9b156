#pragma once

#include "core/model/audioclip.h"
#include "ui/activity/activityentry.h"
#include "ui/speech/transcriptionoutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace vd {

class ActivityLog;
class RoutedTranscribeJob;
class Router;

// Sends transcription requests through the router (Auto = the priority chain, or one named
// provider, still breaker-checked), times them, records each in the ActivityLog with its
// routing trace, and hands the outcome back. Also computes word error rates on the thread pool.
// Everything it starts can be cancelled at once.
class TranscriptionRunner : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const TranscriptionOutcome&)>;

    TranscriptionRunner(Router& router, ActivityLog& activity, QObject* parent = nullptr);
    ~TranscriptionRunner() override;

    // Starts a request; `done` is called once, on this object's thread, unless the runner is
    // destroyed first. `provider` empty = Auto.
    void transcribe(const AudioClip& clip, const QString& language, const QString& source,
                    const QString& provider, ActivityEntry::Operation operation, Done done);
    // Cancels every request in flight (each finishes as cancelled).
    void cancelAll();
    bool isBusy() const;

    // Scores `hypothesis` against `reference` off the GUI thread: the WER and the aligned words
    // (alignWords()); std::nullopt when the texts are too long to align.
    void computeWer(const QString& reference, const QString& hypothesis,
                    std::function<void(const std::optional<WordAlignment>&)> done);

private:
    Router& m_router;
    ActivityLog& m_activity;
    QList<QPointer<RoutedTranscribeJob>> m_jobs;
};

} // namespace vd
