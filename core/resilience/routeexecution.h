#pragma once

#include "core/config/resiliencesettings.h"
#include "core/model/poolhandoff.h"
#include "core/model/providererror.h"
#include "core/resilience/attemptbudget.h"
#include "core/resilience/candidateeligibility.h"
#include "core/resilience/providerdirectory.h"
#include "core/resilience/retrypolicy.h"
#include "core/resilience/routingtrace.h"

#include <QBasicTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace vd {

class ProviderJob;
class ResilienceState;

// The operation-independent heart of a routed request (PRODUCT.md §3): walks the candidates in
// priority order (or the one named provider), skips the ineligible ones with a reason, runs one
// attempt at a time under a per-attempt timeout and an overall deadline, gives each provider a
// fair share of the time left (AttemptBudget) so that a hanging one cannot starve the rest,
// retries on the same provider within its share per RetryPolicy (by timer, never blocking), falls
// back on every error but `cancelled`, hedges after `hedge_after_ms`, feeds every outcome to the
// breakers and health records, and writes the routing trace. The routed jobs own one and turn its
// verdict into their result.
class RouteExecution : public QObject
{
    Q_OBJECT

public:
    // Creates the provider job for an attempt and hands it to `launch` (at once or later, e.g.
    // after the TTS voice list arrived), with an optional note for the trace. Handing over
    // nullptr fails the attempt with `unsupported`.
    using Launch = std::function<void(ProviderJob* job, const QString& note)>;
    using AttemptFactory = std::function<void(const RouteCandidate& candidate, int attempt, Launch launch)>;

    // The judgement of a successful attempt's answer: an error fails the attempt like any other,
    // and the health record counts it as invalid audio.
    struct AnswerCheck
    {
        std::function<std::optional<ProviderError>()> judge;
        // Cheap enough for the routing thread (a pass over a short PCM answer, well under a
        // frame's time): judged at once instead of on the thread pool, which saves the request
        // two thread hand-offs (issue #13). Decoding must not run there: it stays false for that.
        bool quick = false;
    };

    struct Options
    {
        ProviderCategory category = ProviderCategory::Stt;
        QString providerName; // empty = route through the category's priority order
        RoutingSettings settings;
        std::function<bool()> isOnline;
        std::function<double()> random; // retry jitter
        // Builds, on the routing thread, the judgement of a successful attempt's answer (TTS:
        // SpeechAudioCheck), copying what it needs from the job. Unless it is quick, the judgement
        // runs on the thread pool: decoding an answer must not block the thread the router lives
        // on (the GUI's). Empty: no check.
        std::function<AnswerCheck(ProviderJob* job, const QString& provider)> checkAnswer;
    };

    RouteExecution(ProviderDirectory& directory, ResilienceState& state, Options options,
                   AttemptFactory factory, QObject* parent = nullptr);
    ~RouteExecution() override;

    void start();
    // Cancels every attempt in flight (recorded as cancelled) and stops; emits nothing.
    void cancel();

    const RoutingTrace& trace() const { return m_trace; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    // `job` is the winning provider job; read its result in the slot (it is deleted with the execution).
    void succeeded(vd::ProviderJob* job, const QString& provider);
    void failed(const vd::ProviderError& error);
    // An attempt's job was started (e.g. to forward streaming audio).
    void attemptStarted(vd::ProviderJob* job, const QString& provider);

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Attempt
    {
        int id = 0;
        RouteCandidate candidate;
        int number = 1;
        QPointer<ProviderJob> job;
        std::chrono::steady_clock::time_point started;
        QString note;
        AttemptBudget budget;
        int providersLeft = 1;
        // When the attempt times out, in real monotonic time like the timer that watches it (set
        // when the attempt starts; TTS: before the voice list).
        TimePoint timeoutAt;
        bool timedOut = false;
        bool checking = false; // the job answered; its answer is being judged (checkAnswer)
        int traceIndex = -1;
    };

    void advance();
    std::optional<RouteCandidate> nextEligible();
    void armTimeout(Attempt& attempt);
    void armTimer();
    void onTimer();
    void timeOutAttempts(TimePoint now);
    void startDueRetries(TimePoint now);
    void startAttempt(const RouteCandidate& candidate, int number);
    void launch(int id, ProviderJob* job, const QString& note);
    void judgeAnswer(int id, ProviderJob* job);
    void conclude(int id, ProviderJob* job, const std::optional<ProviderError>& error,
                  bool answerRejected = false);
    Attempt* findAttempt(int id) const;
    void skip(const RouteStep& step);
    void scheduleRetry(const RouteCandidate& candidate, int number, std::chrono::milliseconds delay);
    void armHedge();
    void cancelAttempts(const QString& reason);
    void finishSucceeded(ProviderJob* job, const QString& provider);
    void finishFailed(const ProviderError& error);
    void finishAtDeadline();
    void stopTimers();
    static TimePoint monotonicNow() { return std::chrono::steady_clock::now(); }
    bool deadlinePassed() const;
    std::chrono::milliseconds untilDeadline() const;
    std::chrono::milliseconds until(std::chrono::steady_clock::time_point when) const;
    double elapsedMs(const Attempt& attempt) const;

    ProviderDirectory& m_directory;
    ResilienceState& m_state;
    Options m_options;
    AttemptFactory m_factory;
    RetryPolicy m_retry;
    CandidateEligibility m_eligibility;
    QList<RouteCandidate> m_queue;
    std::vector<std::unique_ptr<Attempt>> m_inFlight;
    struct PendingRetry
    {
        TimePoint dueAt;
        RouteCandidate candidate;
        int number = 2;
    };
    std::vector<PendingRetry> m_retries;
    struct Share
    {
        std::chrono::steady_clock::time_point end;
        int providersLeft = 1;
    };
    QHash<QString, Share> m_shares; // per provider, from its first attempt
    // One timer for every deadline of the request (issue #13: a timer object per deadline cost
    // each request three QObjects and as many registrations): due at the earliest of the
    // request's deadline, the attempts' timeouts, the hedge and the pending retries, in real
    // monotonic time. It may fire for a deadline that has gone meanwhile; onTimer() looks.
    QBasicTimer m_timer;
    TimePoint m_timerDueAt;
    TimePoint m_deadlineAt; // the safety net behind the attempts' timeouts, see kDeadlineGrace
    std::optional<TimePoint> m_hedgeAt;
    PoolHandoff m_answers{this};                      // judged answers come back through it
    std::chrono::steady_clock::time_point m_deadline; // on the state's clock, which tests inject
    RoutingTrace m_trace;
    int m_nextAttemptId = 1;
    bool m_started = false;
    bool m_done = false;
};

} // namespace vd
