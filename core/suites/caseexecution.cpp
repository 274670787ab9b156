#include "core/suites/caseexecution.h"

#include "core/audio/audiodecoder.h"
#include "core/corelog.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <memory>

namespace vd {

namespace {

QString routed(const QString& target)
{
    return target == CaseResult::kAuto ? QString() : target; // the router's "auto" is no name
}

} // namespace

CaseExecution::CaseExecution(Router& router, const Suite& suite, const SuiteCase& testCase,
                             const QString& target, QObject* parent)
    : QObject(parent), m_router(router), m_case(testCase), m_sttForTts(suite.sttForTts),
      m_ttsForStt(suite.ttsForStt), m_result(CaseResult::forCase(testCase, target))
{}

void CaseExecution::start()
{
    qCDebug(lcSuites) << "running" << m_case.label() << "on" << m_result.target;
    if (m_case.kind == SuiteCaseKind::Tts)
        voice(m_result.target, true);
    else if (!m_case.audioPath.isEmpty())
        decodeFile();
    else
        voice(m_ttsForStt.isEmpty() ? CaseResult::kAuto : m_ttsForStt, false);
}

void CaseExecution::cancel()
{
    // A finished job may linger until its deferred deletion: cancelling it would do nothing.
    if (m_job && !m_job->isFinished())
        m_job->cancel(); // finishes as cancelled through the stage's handler
    else
        fail(ProviderError::make(ErrorKind::Cancelled, tr("the run was stopped")), QString());
}

void CaseExecution::decodeFile()
{
    using Decoded = std::shared_ptr<Result<AudioClip>>;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        decoded(*watcher->result());
    });
    const QString path = m_case.audioPath;
    watcher->setFuture(
        QtConcurrent::run([path] { return std::make_shared<Result<AudioClip>>(decodeAudioFile(path)); }));
}

void CaseExecution::voice(const QString& provider, bool tested)
{
    SynthesisRequest request;
    request.text = m_case.text;
    request.voice = m_case.voice;
    request.language = m_case.language;
    request.format = QStringLiteral("wav");
    RoutedSynthesizeJob* job = m_router.synthesize(request, routed(provider), this);
    track(job, tested);
    connect(job, &ProviderJob::finished, this, [this, job, tested] {
        if (!tested)
            m_result.checkProvider = job->provider();
        if (job->hasError()) {
            fail(job->error(), tested ? QStringLiteral("synthesize") : QStringLiteral("voice"));
            return;
        }
        const EncodedAudio audio = job->audio();
        using Decoded = std::shared_ptr<Result<AudioClip>>;
        auto* watcher = new QFutureWatcher<Decoded>(this);
        connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
            watcher->deleteLater();
            decoded(*watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([audio] {
            return std::make_shared<Result<AudioClip>>(
                decodeAudio(audio, QStringLiteral("synthesized speech")));
        }));
    });
    job->startNow();
}

void CaseExecution::decoded(const Result<AudioClip>& clip)
{
    if (m_done)
        return; // cancelled while decoding
    if (!clip) {
        fail(clip.error(), QStringLiteral("decode"));
        return;
    }
    if (m_case.kind == SuiteCaseKind::Tts)
        transcribe(*clip, m_sttForTts.isEmpty() ? CaseResult::kAuto : m_sttForTts, false);
    else
        transcribe(*clip, m_result.target, true);
}

void CaseExecution::transcribe(const AudioClip& clip, const QString& provider, bool tested)
{
    const QString source = m_case.audioPath.isEmpty() ? m_case.id : QFileInfo(m_case.audioPath).fileName();
    RoutedTranscribeJob* job =
        m_router.transcribe(TranscriptionRequest{clip, m_case.language, source}, routed(provider), this);
    track(job, tested);
    connect(job, &ProviderJob::finished, this, [this, job, tested] {
        if (!tested)
            m_result.checkProvider = job->provider();
        if (job->hasError()) {
            fail(job->error(), QStringLiteral("transcribe"));
            return;
        }
        m_result.text = job->transcript().text;
        m_result.wer = computeWordErrorRate(m_case.expected, m_result.text);
        if (!m_result.wer) {
            // Over the alignment bound of computeWordErrorRate: the case cannot be scored.
            fail(ProviderError::make(ErrorKind::BadRequest,
                                     tr("The transcript and the expected text are too long to align for a "
                                        "word error rate; split the case into shorter ones.")),
                 QStringLiteral("score"));
            return;
        }
        complete(m_result.wer->rate <= m_case.tolerance ? CaseOutcome::Passed : CaseOutcome::OverTolerance);
    });
    job->startNow();
}

void CaseExecution::track(ProviderJob* job, bool tested)
{
    m_job = job;
    if (tested) {
        // The tested step's numbers: connected before the stage's own handler (the caller
        // connects it after this), so they are in place when that handler completes the result.
        m_timer.start();
        connect(job, &ProviderJob::finished, this, [this, job] {
            m_result.latencyMs = double(m_timer.nsecsElapsed()) / 1e6;
            if (auto* stt = qobject_cast<RoutedTranscribeJob*>(job)) {
                m_result.trace = stt->trace();
                m_result.provider = stt->provider();
            } else if (auto* tts = qobject_cast<RoutedSynthesizeJob*>(job)) {
                m_result.trace = tts->trace();
                m_result.provider = tts->provider();
            }
        });
    }
}

void CaseExecution::fail(const ProviderError& error, const QString& stage)
{
    if (m_done)
        return;
    m_result.error = error;
    m_result.errorStage = stage;
    complete(error.kind == ErrorKind::Cancelled ? CaseOutcome::Cancelled : CaseOutcome::Failed);
}

void CaseExecution::complete(CaseOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_job.clear();
    m_result.outcome = outcome;
    qCDebug(lcSuites) << m_case.label() << "on" << m_result.target << caseOutcomeName(outcome);
    // Never from inside start() or cancel(): the runner may be iterating its executions.
    QMetaObject::invokeMethod(this, &CaseExecution::finished, Qt::QueuedConnection);
}

} // namespace vd
