#pragma once

#include "core/model/audioclip.h"
#include "core/model/result.h"
#include "core/suites/caseresult.h"
#include "core/suites/suite.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace vd {

class ProviderJob;
class Router;

// Runs one case against one target through the router (retries, fallback, breakers and health
// as for any request): an STT case decodes its recording (or has its text voiced by the suite's
// tts_for_stt provider) and transcribes it with the target; a TTS case speaks its text with the
// target and has the speech transcribed by the suite's stt_for_tts provider. Decoding runs on
// the thread pool. Emits `finished` once, asynchronously, also after cancel().
class CaseExecution : public QObject
{
    Q_OBJECT

public:
    CaseExecution(Router& router, const Suite& suite, const SuiteCase& testCase, const QString& target,
                  QObject* parent = nullptr);

    void start();
    void cancel();
    const CaseResult& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void decodeFile();
    void voice(const QString& provider, bool tested);
    void decoded(const Result<AudioClip>& clip);
    void transcribe(const AudioClip& clip, const QString& provider, bool tested);
    // Remembers the job in flight and, for the tested step, measures it; the caller starts it.
    void track(ProviderJob* job, bool tested);
    void fail(const ProviderError& error, const QString& stage);
    void complete(CaseOutcome outcome);

    Router& m_router;
    SuiteCase m_case;
    QString m_sttForTts;
    QString m_ttsForStt;
    CaseResult m_result;
    QPointer<ProviderJob> m_job;
    QElapsedTimer m_timer;
    bool m_done = false;
};

} // namespace vd
