#pragma once

#include "core/model/audioclip.h"
#include "core/model/providererror.h"
#include "core/model/speechtypes.h"
#include "core/resilience/routingtrace.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace vd {

class ActivityLog;
class PcmPlayer;
class RoutedSynthesizeJob;
class Router;

// What one synthesis produced: the audio or the error, who answered, how long it took, and the
// routing trace.
struct SynthesisOutcome
{
    bool ok = false;
    QString provider;
    std::optional<ProviderError> error;
    double latencyMs = 0.0;
    RoutingTrace trace;
    EncodedAudio audio;
    SynthesisRequest request;
    QString requestedProvider; // empty = Auto
};

// Synthesizes text through the router (Auto or one provider) and plays it through PcmPlayer.
// Where the provider streams raw PCM (SynthesizeJob::pcmChunk), playback starts with the first
// chunk; otherwise the answer is decoded on the thread pool and played whole. Every request is
// recorded in the ActivityLog. One synthesis at a time: start() stops the previous one.
class SpeechPlayback : public QObject
{
    Q_OBJECT
public:
    SpeechPlayback(Router& router, ActivityLog& activity, QObject* parent = nullptr);
    ~SpeechPlayback() override;

    // `play` false only synthesizes (e.g. for Save as): finished() follows synthesized().
    void start(const SynthesisRequest& request, const QString& provider, bool play = true);
    // Plays audio an earlier synthesis produced (a row of "Play across providers") without
    // synthesizing again: playbackStarted() and finished() follow as for start().
    void replay(const AudioClip& clip, const QString& provider);
    // Cancels the synthesis and stops playback; emits nothing.
    void stop();
    // Synthesizing or playing.
    bool isActive() const { return m_active; }
    bool isPlaying() const;
    // Whether the audio being played arrived as a stream.
    bool isStreaming() const { return m_streamed; }

    const std::optional<SynthesisOutcome>& lastOutcome() const { return m_outcome; }
    PcmPlayer& player() { return *m_player; }

signals:
    // The synthesis finished (lastOutcome() holds it); playback may still be running.
    void synthesized(const vd::SynthesisOutcome& outcome);
    void playbackStarted(const QString& provider);
    // Everything is over: played to the end, or failed (message non-empty). Not emitted by stop().
    void finished(const QString& failure);

private:
    void onChunk(const QByteArray& pcm, int sampleRate);
    void onSynthesized(RoutedSynthesizeJob* job, double latencyMs);
    QString streamingProvider() const;
    void playWhole(const EncodedAudio& audio, const QString& provider);
    void end(const QString& failure);

    Router& m_router;
    ActivityLog& m_activity;
    PcmPlayer* m_player;
    QPointer<RoutedSynthesizeJob> m_job;
    std::optional<SynthesisOutcome> m_outcome;
    SynthesisRequest m_request;
    QString m_requestedProvider;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_play = true;
    bool m_streamed = false;
    int m_streamRate = 0;
};

} // namespace vd

Q_DECLARE_METATYPE(vd::SynthesisOutcome)
