#include "ui/speech/speechplayback.h"

#include "core/audio/audiodecoder.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"
#include "ui/activity/activitylog.h"
#include "ui/audio/pcmplayer.h"
#include "ui/uilog.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <memory>

namespace vd {

SpeechPlayback::SpeechPlayback(Router& router, ActivityLog& activity, QObject* parent)
    : QObject(parent), m_router(router), m_activity(activity), m_player(new PcmPlayer(this))
{
    connect(m_player, &PcmPlayer::finished, this, [this] {
        // A stream still arriving is not finished just because the player ran dry and was closed.
        if (!m_job)
            end({});
    });
    connect(m_player, &PcmPlayer::failed, this, [this](const QString& message) {
        if (m_job)
            m_job->cancel();
        end(message);
    });
}

SpeechPlayback::~SpeechPlayback()
{
    stop();
}

bool SpeechPlayback::isPlaying() const
{
    return m_player->isPlaying();
}

void SpeechPlayback::start(const SynthesisRequest& request, const QString& provider, bool play)
{
    stop();
    ++m_generation;
    m_active = true;
    m_play = play;
    m_streamed = false;
    m_streamRate = 0;
    m_request = request;
    m_requestedProvider = provider;
    // Raw PCM is what the streaming providers send as it is produced; the others answer whole.
    SynthesisRequest routed = request;
    routed.format = QStringLiteral("pcm");
    RoutedSynthesizeJob* job = m_router.synthesize(routed, provider, this);
    m_job = job;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    if (play) {
        connect(job, &SynthesizeJob::pcmChunk, this, &SpeechPlayback::onChunk);
        connect(job, &RoutedSynthesizeJob::streamRestarted, this, [this] {
            // The provider that was streaming failed; the next one starts over.
            m_player->stop();
            m_streamed = false;
        });
    }
    connect(job, &ProviderJob::finished, this,
            [this, job, timer] { onSynthesized(job, double(timer->nsecsElapsed()) / 1e6); });
    job->startNow();
}

void SpeechPlayback::replay(const AudioClip& clip, const QString& provider)
{
    stop();
    ++m_generation;
    m_active = true;
    m_play = true;
    if (m_player->play(clip))
        emit playbackStarted(provider);
}

void SpeechPlayback::stop()
{
    ++m_generation;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        // Cancelled requests are recorded too: the user sees they were made.
        RoutedSynthesizeJob* job = m_job;
        connect(job, &ProviderJob::finished, this, [this, job] {
            ActivityEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.operation = ActivityEntry::Operation::Synthesize;
            entry.provider = job->provider();
            entry.error = job->error();
            entry.trace = job->trace();
            m_activity.record(entry);
        });
        job->cancel();
        m_job.clear();
    }
    m_player->stop();
    m_active = false;
    m_streamed = false;
}

void SpeechPlayback::onChunk(const QByteArray& pcm, int sampleRate)
{
    if (!m_streamed || sampleRate != m_streamRate) {
        m_streamed = true;
        m_streamRate = sampleRate;
        if (!m_player->startStream(sampleRate, 1))
            return; // failed() was emitted
        qCDebug(lcUiSpeech) << "streaming playback at" << sampleRate << "Hz";
        emit playbackStarted(streamingProvider());
    }
    m_player->appendPcm(pcm);
}

QString SpeechPlayback::streamingProvider() const
{
    if (!m_requestedProvider.isEmpty() || !m_job)
        return m_requestedProvider;
    // Auto: the routed job names its provider only at the end, but the attempt in flight is the
    // trace's last step.
    const QList<RouteStep>& steps = m_job->trace().steps();
    return steps.isEmpty() ? QString() : steps.constLast().provider;
}

void SpeechPlayback::onSynthesized(RoutedSynthesizeJob* job, double latencyMs)
{
    m_job.clear();
    SynthesisOutcome outcome;
    outcome.ok = !job->hasError();
    outcome.provider = job->provider();
    if (outcome.provider.isEmpty() && !job->trace().attempts().isEmpty())
        outcome.provider = job->trace().attempts().constLast().provider;
    outcome.latencyMs = latencyMs;
    outcome.trace = job->trace();
    outcome.request = m_request;
    outcome.requestedProvider = m_requestedProvider;
    if (outcome.ok)
        outcome.audio = job->audio();
    else
        outcome.error = job->error();
    m_outcome = outcome;

    ActivityEntry entry;
    entry.time = QDateTime::currentDateTimeUtc().addMSecs(-qint64(latencyMs));
    entry.operation = ActivityEntry::Operation::Synthesize;
    entry.provider = outcome.provider;
    entry.ok = outcome.ok;
    entry.error = outcome.error;
    entry.latencyMs = latencyMs;
    entry.bytes = outcome.audio.data.size();
    entry.trace = outcome.trace;
    m_activity.record(entry);
    emit synthesized(outcome);

    if (!outcome.ok) {
        m_player->stop();
        const QString message = outcome.error->shownText();
        end(outcome.provider.isEmpty() ? message : tr("%1 failed: %2").arg(outcome.provider, message));
        return;
    }
    if (!m_play) {
        end({});
        return;
    }
    if (m_streamed) {
        if (m_player->isPlaying())
            m_player->finishStream();
        else
            end({}); // the stream already played out (or the player gave up and said so)
        return;
    }
    playWhole(outcome.audio, outcome.provider);
}

void SpeechPlayback::playWhole(const EncodedAudio& audio, const QString& provider)
{
    using Decoded = std::shared_ptr<Result<AudioClip>>;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, generation, provider] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // stopped or replaced meanwhile
        const Decoded clip = watcher->result();
        if (!clip->hasValue()) {
            end(clip->error().message);
            return;
        }
        if (m_player->play(clip->value()))
            emit playbackStarted(provider);
    });
    watcher->setFuture(QtConcurrent::run(
        [audio, provider] { return std::make_shared<Result<AudioClip>>(decodeAudio(audio, provider)); }));
}

void SpeechPlayback::end(const QString& failure)
{
    if (!m_active)
        return;
    m_active = false;
    if (!failure.isEmpty())
        qCInfo(lcUiSpeech).noquote() << "playback ended:" << failure;
    emit finished(failure);
}

} // namespace vd
