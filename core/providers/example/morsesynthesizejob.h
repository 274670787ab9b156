#pragma once

#include "core/model/jobs.h"
#include "core/providers/example/morsecode.h"

#include <QFutureWatcher>

namespace vd {

// Renders Morse tones on the thread pool (QtConcurrent with a QPromise), emitting `pcmChunk` as
// each piece is ready and the whole clip as "pcm" at the end. Cancelling stops the worker
// between tones; a job destroyed early cancels it too, and the worker touches no job state.
class MorseSynthesizeJob : public SynthesizeJob
{
    Q_OBJECT

public:
    MorseSynthesizeJob(const MorseSettings& settings, const SynthesisRequest& request, int textLimit,
                       QObject* parent = nullptr);
    ~MorseSynthesizeJob() override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void takeResults(int begin, int end);
    void workerFinished();

    MorseSettings m_settings;
    SynthesisRequest m_request;
    int m_textLimit = 0;
    QFutureWatcher<QByteArray> m_watcher;
    QByteArray m_pcm;
    bool m_cancelled = false;
};

} // namespace vd
