#include "core/providers/example/morsesynthesizejob.h"

#include "core/model/speechtext.h"
#include "core/model/speedrange.h"
#include "core/providers/example/examplelog.h"

#include <QPromise>
#include <QtConcurrent>

namespace vd {

MorseSynthesizeJob::MorseSynthesizeJob(const MorseSettings& settings, const SynthesisRequest& request,
                                       int textLimit, QObject* parent)
    : SynthesizeJob(parent), m_settings(settings), m_request(request), m_textLimit(textLimit)
{
    m_settings.speed = request.speed;
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &MorseSynthesizeJob::takeResults);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MorseSynthesizeJob::workerFinished);
}

MorseSynthesizeJob::~MorseSynthesizeJob()
{
    // The worker holds only copies, so it may finish on its own after the job is gone.
    m_watcher.cancel();
}

void MorseSynthesizeJob::doStart()
{
    const QString& text = m_request.text;
    if (const QString problem = speechTextProblem(text); !problem.isEmpty()) {
        emitError(ProviderError::make(ErrorKind::BadRequest, problem));
        return;
    }
    const int length = int(text.toUcs4().size());
    if (m_textLimit > 0 && length > m_textLimit) {
        emitError(ProviderError::make(
            ErrorKind::TooLarge, tr("The text has %1 characters; example_morse_tts speaks at most %2 at a "
                                    "time. Shorten it or split it.")
                                     .arg(length)
                                     .arg(m_textLimit)));
        return;
    }
    if (!m_request.voice.isEmpty() && m_request.voice != QLatin1String("morse")) {
        emitError(ProviderError::make(
            ErrorKind::BadRequest,
            tr("example_morse_tts has no voice \"%1\"; its only voice is \"morse\".").arg(m_request.voice)));
        return;
    }
    // The minute-long tones of a tiny speed would fill the disk; NaN and infinity are refused too.
    if (const SpeedRange range; !range.contains(m_request.speed)) {
        emitError(ProviderError::make(ErrorKind::BadRequest,
                                      tr("The speed %1 is outside %2; use a value such as 1.0.")
                                          .arg(m_request.speed)
                                          .arg(range.text())));
        return;
    }
    QList<int> timeline = MorseCode::timeline(text);
    if (timeline.isEmpty()) {
        emitError(
            ProviderError::make(ErrorKind::BadRequest,
                                tr("Nothing in the text can be sent in Morse code; use Latin letters, digits "
                                   "or common punctuation.")));
        return;
    }
    qCDebug(lcExample) << "rendering" << timeline.size() << "Morse elements";
    const MorseSettings settings = m_settings;
    m_watcher.setFuture(QtConcurrent::run([settings, timeline](QPromise<QByteArray>& promise) {
        MorseCode::render(
            timeline, settings, [&promise](const QByteArray& chunk) { promise.addResult(chunk); },
            [&promise] { return promise.isCanceled(); });
    }));
}

void MorseSynthesizeJob::doCancel()
{
    m_cancelled = true;
    m_watcher.cancel();
}

void MorseSynthesizeJob::takeResults(int begin, int end)
{
    if (m_cancelled)
        return;
    for (int i = begin; i < end; ++i) {
        const QByteArray chunk = m_watcher.resultAt(i);
        m_pcm += chunk;
        Q_EMIT pcmChunk(chunk, m_settings.sampleRate);
    }
}

void MorseSynthesizeJob::workerFinished()
{
    if (m_cancelled || m_watcher.isCanceled())
        return;
    setAudio(EncodedAudio{m_pcm, QStringLiteral("pcm"), m_settings.sampleRate, 1});
    emitResult();
}

} // namespace vd
