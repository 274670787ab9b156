#include "ui/speech/transcriptionrunner.h"

#include "core/evaluation/worderrorrate.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "ui/activity/activitylog.h"
#include "ui/uilog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace vd {

TranscriptionRunner::TranscriptionRunner(Router& router, ActivityLog& activity, QObject* parent)
    : QObject(parent), m_router(router), m_activity(activity)
{}

TranscriptionRunner::~TranscriptionRunner()
{
    cancelAll();
}

void TranscriptionRunner::transcribe(const AudioClip& clip, const QString& language, const QString& source,
                                     const QString& provider, ActivityEntry::Operation operation, Done done)
{
    RoutedTranscribeJob* job =
        m_router.transcribe(TranscriptionRequest{clip, language, source}, provider, this);
    m_jobs.append(job);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = clip.samples.size() * qint64(sizeof(qint16)); // sent as 16-bit PCM
    connect(job, &ProviderJob::finished, this, [this, job, timer, started, bytes, operation, done] {
        m_jobs.removeAll(job);
        const TranscriptionOutcome outcome =
            TranscriptionOutcome::fromJob(*job, double(timer.nsecsElapsed()) / 1e6);
        qCDebug(lcUiSpeech).noquote() << "transcription" << (outcome.ok ? "ok" : "failed") << outcome.provider
                                      << outcome.latencyMs << "ms";
        ActivityEntry entry;
        entry.time = started;
        entry.operation = operation;
        entry.provider = outcome.provider;
        entry.ok = outcome.ok;
        entry.error = outcome.error;
        entry.latencyMs = outcome.latencyMs;
        entry.bytes = bytes;
        entry.trace = outcome.trace;
        m_activity.record(entry);
        done(outcome);
    });
    job->startNow();
}

void TranscriptionRunner::cancelAll()
{
    const QList<QPointer<RoutedTranscribeJob>> jobs = m_jobs;
    for (const QPointer<RoutedTranscribeJob>& job : jobs) {
        if (job && !job->isFinished())
            job->cancel();
    }
}

bool TranscriptionRunner::isBusy() const
{
    for (const QPointer<RoutedTranscribeJob>& job : m_jobs) {
        if (job && !job->isFinished())
            return true;
    }
    return false;
}

void TranscriptionRunner::computeWer(const QString& reference, const QString& hypothesis,
                                     std::function<void(const std::optional<WordAlignment>&)> done)
{
    using Score = std::optional<WordAlignment>;
    auto* watcher = new QFutureWatcher<Score>(this);
    connect(watcher, &QFutureWatcher<Score>::finished, this, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    // Texts too long to align have no rate (std::nullopt), like a run without a reference.
    watcher->setFuture(
        QtConcurrent::run([reference, hypothesis] { return alignWords(reference, hypothesis); }));
}

} // namespace vd
