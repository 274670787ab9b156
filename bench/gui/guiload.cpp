#include "bench/gui/guiload.h"

#include "core/resilience/healthmonitor.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"
#include "ui/activity/activitylog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <cmath>
#include <memory>

namespace vd::bench {

namespace {

AudioClip tone()
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples.resize(16000);
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = 0.3f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / 16000.0));
    return clip;
}

template <typename Job>
ActivityEntry entryFor(Job* job, ActivityEntry::Operation operation, const QDateTime& started,
                       qint64 elapsedMs, qint64 bytes)
{
    ActivityEntry entry;
    entry.time = started;
    entry.operation = operation;
    entry.provider = job->provider();
    entry.ok = !job->hasError();
    if (job->hasError()) {
        entry.error = job->error();
        if (entry.provider.isEmpty() && !job->trace().steps().isEmpty())
            entry.provider = job->trace().steps().constLast().provider;
    }
    entry.latencyMs = double(elapsedMs);
    entry.bytes = bytes;
    entry.trace = job->trace();
    return entry;
}

} // namespace

GuiLoad::GuiLoad(Runtime& runtime, ActivityLog& activity, QObject* parent)
    : QObject(parent), m_runtime(runtime), m_activity(activity)
{}

void GuiLoad::every(int ms, std::function<void()> work)
{
    auto* timer = new QTimer(this);
    timer->setInterval(ms);
    connect(timer, &QTimer::timeout, this, std::move(work));
    m_timers.append(timer);
}

void GuiLoad::start()
{
    if (m_timers.isEmpty()) {
        // Routed STT and TTS: the slow provider answers; four and two calls in flight on it, within
        // QNetworkAccessManager's six connections per host.
        every(500, [this] { transcribe({}); });
        every(1000, [this] { synthesize({}); });
        every(1000, [this] { transcribe(QStringLiteral("google_stt")); }); // fast
        every(1000, [this] { transcribe(QStringLiteral("yandex_stt")); }); // fails, trips its breaker
        every(2000, [this] {
            m_runtime.health().probeAll();
            ++m_probeRounds;
        });
        every(3000, [this] {
            if (m_periodic)
                m_periodic();
        });
    }
    for (QTimer* timer : std::as_const(m_timers))
        timer->start();
}

void GuiLoad::stop()
{
    for (QTimer* timer : std::as_const(m_timers))
        timer->stop();
}

void GuiLoad::transcribe(const QString& provider)
{
    static const AudioClip clip = tone();
    auto* job = m_runtime.router().transcribe(TranscriptionRequest{clip, QStringLiteral("en-US"), {}},
                                              provider, this);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    ++m_inFlight;
    connect(job, &ProviderJob::finished, this, [this, job, started, elapsed] {
        --m_inFlight;
        ++m_finished;
        m_activity.record(entryFor(job, ActivityEntry::Operation::Transcribe, started, elapsed->elapsed(),
                                   qint64(clip.samples.size()) * 2));
    });
    job->startNow();
}

void GuiLoad::synthesize(const QString& provider)
{
    SynthesisRequest request;
    request.text = QStringLiteral("The quick brown fox jumps over the lazy dog.");
    auto* job = m_runtime.router().synthesize(request, provider, this);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    ++m_inFlight;
    connect(job, &ProviderJob::finished, this, [this, job, started, elapsed] {
        --m_inFlight;
        ++m_finished;
        m_activity.record(entryFor(job, ActivityEntry::Operation::Synthesize, started, elapsed->elapsed(),
                                   job->audio().data.size()));
    });
    job->startNow();
}

} // namespace vd::bench
