#include "core/resilience/roundtripprobejob.h"

#include "core/audio/audiodecoder.h"
#include "core/evaluation/worderrorrate.h"
#include "core/model/clock.h"
#include "core/model/provider.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace vd {

namespace {

const char* const kLanguage = "en-US";

std::chrono::milliseconds since(const Clock& clock, std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.now() - start);
}

} // namespace

QString RoundTripProbeJob::sentence()
{
    return QStringLiteral("Please call me back at seven in the evening.");
}

QString RoundTripProbeJob::recordingPath()
{
    return QStringLiteral(":/voicedeck/probe/call-me-back.wav");
}

RoundTripProbeJob* RoundTripProbeJob::speech(std::shared_ptr<TextToSpeechProvider> speaker,
                                             std::shared_ptr<SpeechToTextProvider> recogniser,
                                             const Clock& clock, QObject* parent)
{
    return new RoundTripProbeJob(std::move(speaker), std::move(recogniser), clock, parent);
}

RoundTripProbeJob* RoundTripProbeJob::transcription(std::shared_ptr<SpeechToTextProvider> recogniser,
                                                    const Clock& clock, QObject* parent)
{
    return new RoundTripProbeJob(nullptr, std::move(recogniser), clock, parent);
}

RoundTripProbeJob::RoundTripProbeJob(std::shared_ptr<TextToSpeechProvider> speaker,
                                     std::shared_ptr<SpeechToTextProvider> recogniser, const Clock& clock,
                                     QObject* parent)
    : ProbeJob(parent), m_speaker(std::move(speaker)), m_recogniser(std::move(recogniser)), m_clock(clock)
{}

void RoundTripProbeJob::doStart()
{
    if (m_speaker) {
        synthesize();
        return;
    }
    QFile file(recordingPath());
    if (!file.open(QIODevice::ReadOnly)) { // only a broken build lacks it
        emitError(
            ProviderError::make(ErrorKind::Unsupported, tr("The probe recording %1 is missing from this "
                                                           "build; reinstall VoiceDeck.")
                                                            .arg(recordingPath())));
        return;
    }
    decode({file.readAll(), QStringLiteral("wav")}, recordingPath(),
           [this](const AudioClip& clip) { transcribe(clip, true); });
}

void RoundTripProbeJob::doCancel()
{
    if (m_step)
        m_step->cancel();
}

void RoundTripProbeJob::synthesize()
{
    SynthesisRequest request;
    request.text = sentence();
    request.language = QString::fromLatin1(kLanguage);
    request.format = QStringLiteral("wav");
    const auto started = m_clock.now();
    SynthesizeJob* job = m_speaker->synthesize(request, this);
    m_step = job;
    connect(job, &ProviderJob::finished, this, [this, job, started] {
        setProviderLatency(since(m_clock, started));
        if (job->hasError()) {
            emitError(job->error());
            return;
        }
        if (!m_recogniser) {
            finishWithoutWer(tr("no speech-to-text provider is available to listen"));
            return;
        }
        decode(job->audio(), tr("the %1 answer").arg(m_speaker->name()),
               [this](const AudioClip& clip) { transcribe(clip, false); });
    });
    job->start();
}

void RoundTripProbeJob::transcribe(const AudioClip& clip, bool recogniserIsUnderTest)
{
    TranscriptionRequest request;
    request.audio = clip;
    request.language = QString::fromLatin1(kLanguage);
    request.sourceName = tr("the health probe's sentence");
    const auto started = m_clock.now();
    TranscribeJob* job = m_recogniser->transcribe(request, this);
    m_step = job;
    connect(job, &ProviderJob::finished, this, [this, job, started, recogniserIsUnderTest] {
        if (recogniserIsUnderTest)
            setProviderLatency(since(m_clock, started));
        if (job->hasError()) {
            if (recogniserIsUnderTest)
                emitError(job->error());
            else
                finishWithoutWer(
                    tr("%1 could not listen: %2").arg(m_recogniser->name(), job->error().summary()));
            return;
        }
        const QString heard = job->transcript().text;
        if (const auto wer = computeWordErrorRate(sentence(), heard)) {
            setWer(wer->rate);
            setDetail(tr("%1 heard \"%2\": %3 % of the words wrong")
                          .arg(m_recogniser->name(), heard)
                          .arg(qRound(wer->rate * 100)));
        }
        emitResult();
    });
    job->start();
}

void RoundTripProbeJob::decode(const EncodedAudio& audio, const QString& sourceName,
                               std::function<void(const AudioClip& clip)> then)
{
    auto* watcher = new QFutureWatcher<Result<AudioClip>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, then = std::move(then)] {
        const Result<AudioClip> clip = watcher->result();
        watcher->deleteLater();
        if (!clip) {
            // The speaker's answer is not audio at all: its fault (the built-in recording decodes).
            emitError(ProviderError::make(ErrorKind::InvalidResponse, clip.error().message));
            return;
        }
        then(*clip);
    });
    watcher->setFuture(QtConcurrent::run([audio, sourceName] { return decodeAudio(audio, sourceName); }));
}

void RoundTripProbeJob::finishWithoutWer(const QString& why)
{
    setDetail(tr("word error rate not measured: %1").arg(why));
    emitResult();
}

} // namespace vd
