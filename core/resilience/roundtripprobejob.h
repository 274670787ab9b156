#pragma once

#include "core/model/audioclip.h"
#include "core/model/jobs.h"

#include <QPointer>
#include <functional>
#include <memory>

namespace vd {

class Clock;
class SpeechToTextProvider;
class TextToSpeechProvider;

// A health probe that checks what a provider says, not only that it answers (issue #14, a
// provider's `quality_probe` setting). A TTS provider speaks sentence() and a recogniser (the best
// available STT provider) transcribes it; an STT provider transcribes a fixed recording of that
// sentence. wer() is the word error rate of what came back against the sentence.
//
// The provider under test decides the outcome: its error is the probe's error. When the recogniser
// fails, or there is none, the probe still succeeds (the TTS provider answered) without a WER, and
// detail() says why it was not measured. providerLatency() is the provider's own time, so the
// recogniser's does not count in its response-time statistics. Audio is decoded on the thread
// pool, never on the thread that runs the probe (the GUI's).
class RoundTripProbeJob : public ProbeJob
{
    Q_OBJECT

public:
    // The fixed sentence: plain English words every recogniser knows, no digits to spell out.
    static QString sentence();
    // The recording of sentence() an STT provider transcribes (WAV in the core's resources).
    static QString recordingPath();

    // `recogniser` may be null: the probe then only proves that `speaker` speaks.
    static RoundTripProbeJob* speech(std::shared_ptr<TextToSpeechProvider> speaker,
                                     std::shared_ptr<SpeechToTextProvider> recogniser, const Clock& clock,
                                     QObject* parent = nullptr);
    static RoundTripProbeJob* transcription(std::shared_ptr<SpeechToTextProvider> recogniser,
                                            const Clock& clock, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    RoundTripProbeJob(std::shared_ptr<TextToSpeechProvider> speaker,
                      std::shared_ptr<SpeechToTextProvider> recogniser, const Clock& clock, QObject* parent);

    void synthesize();
    void transcribe(const AudioClip& clip, bool recogniserIsUnderTest);
    // Decodes off this thread, then continues with `then` here (unless the job ended meanwhile).
    void decode(const EncodedAudio& audio, const QString& sourceName,
                std::function<void(const AudioClip& clip)> then);
    void finishWithoutWer(const QString& why);

    std::shared_ptr<TextToSpeechProvider> m_speaker; // null for an STT probe
    std::shared_ptr<SpeechToTextProvider> m_recogniser;
    const Clock& m_clock;
    QPointer<ProviderJob> m_step; // the provider call in flight
};

} // namespace vd
