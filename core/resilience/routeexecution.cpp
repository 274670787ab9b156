#include "core/resilience/routeexecution.h"

#include "core/corelog.h"
#include "core/model/providerjob.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routefailure.h"

#include <QTimerEvent>
#include <algorithm>
#include <iterator>
#include <limits>

namespace vd {

using std::chrono::milliseconds;

namespace {
// The request's deadline is a safety net behind the attempts' timeouts (which end at the deadline
// too), so that an attempt cut by the deadline is recorded as that provider's timeout.
constexpr milliseconds kDeadlineGrace{100};
} // namespace

RouteExecution::RouteExecution(ProviderDirectory& directory, ResilienceState& state, Options options,
                               AttemptFactory factory, QObject* parent)
    : QObject(parent), m_directory(directory), m_state(state), m_options(std::move(options)),
      m_factory(std::move(factory)), m_retry(m_options.settings.maxRetries, m_options.random),
      m_eligibility(state, m_options.providerName, m_options.isOnline)
{
    // Non-positive limits mean "no limit" (validated config never has them; be safe anyway).
    auto& s = m_options.settings;
    if (s.requestDeadlineMs <= 0)
        s.requestDeadlineMs = std::numeric_limits<int>::max() - int(kDeadlineGrace.count());
    if (s.attemptTimeoutMs <= 0)
        s.attemptTimeoutMs = s.requestDeadlineMs;
}

RouteExecution::~RouteExecution()
{
    for (const auto& attempt : m_inFlight) {
        if (attempt->job)
            attempt->job->disconnect(this);
    }
}

void RouteExecution::start()
{
    if (m_started)
        return;
    m_started = true;
    const auto& s = m_options.settings;
    m_deadline = m_state.clock().now() + milliseconds(s.requestDeadlineMs);
    m_deadlineAt = monotonicNow() + milliseconds(s.requestDeadlineMs) + kDeadlineGrace;
    if (m_options.providerName.isEmpty()) {
        m_queue = m_directory.candidates(m_options.category);
    } else {
        const auto c = m_directory.candidate(m_options.providerName);
        if (!c) {
            finishFailed(ProviderError::make(
                ErrorKind::NotConfigured,
                tr("There is no provider named \"%1\"; `voicedeck-cli providers` lists them.")
                    .arg(m_options.providerName)));
            return;
        }
        if (c->info.category != m_options.category) {
            finishFailed(ProviderError::make(ErrorKind::Unsupported,
                                             tr("%1 is a %2 provider; choose a %3 provider for this request.")
                                                 .arg(c->info.name, categoryName(c->info.category).toUpper(),
                                                      categoryName(m_options.category).toUpper())));
            return;
        }
        m_queue = {*c};
    }
    advance();
    armTimer(); // usually armed already, for the first attempt's timeout
}

void RouteExecution::cancel()
{
    if (m_done)
        return;
    cancelAttempts(tr("request cancelled"));
    stopTimers();
    m_done = true;
}

void RouteExecution::advance()
{
    if (m_done)
        return;
    if (deadlinePassed()) {
        finishAtDeadline();
        return;
    }
    if (const auto next = nextEligible()) {
        startAttempt(*next, 1);
        return;
    }
    if (m_inFlight.empty() && m_retries.empty())
        finishFailed(RouteFailure::noAnswer(m_trace, m_options.category));
}

std::optional<RouteCandidate> RouteExecution::nextEligible()
{
    while (!m_queue.isEmpty()) {
        RouteCandidate candidate = m_queue.takeFirst();
        if (const auto step = m_eligibility.skipOrAcquire(candidate)) {
            skip(*step);
            continue;
        }
        return candidate;
    }
    return std::nullopt;
}

void RouteExecution::skip(const RouteStep& step)
{
    qCInfo(lcRouter) << step.provider << step.describe();
    m_trace.append(step);
}

void RouteExecution::startAttempt(const RouteCandidate& candidate, int number)
{
    if (number > 1) {
        // The breaker may have opened while we waited to retry.
        const BreakerPermit permit = m_state.breaker(candidate.info.name)->tryAcquire();
        if (!permit.granted) {
            RouteStep step;
            step.provider = candidate.info.name;
            step.reason = SkipReason::CircuitOpen;
            step.until = permit.openUntil.value_or(QDateTime());
            step.error = permit.error(candidate.info.name);
            skip(step);
            advance();
            return;
        }
    }
    auto attempt = std::make_unique<Attempt>();
    attempt->id = m_nextAttemptId++;
    attempt->candidate = candidate;
    attempt->number = number;
    attempt->started = m_state.clock().now();
    const QString& name = candidate.info.name;
    if (number == 1 || !m_shares.contains(name)) {
        const int left = m_eligibility.providersLeft(m_queue);
        m_shares.insert(name, {attempt->started + AttemptBudget::share(untilDeadline(), left), left});
    }
    const Share share = m_shares.value(name);
    attempt->providersLeft = share.providersLeft;
    attempt->budget = AttemptBudget::of(milliseconds(m_options.settings.attemptTimeoutMs), until(share.end),
                                        untilDeadline());
    RouteStep pending;
    pending.provider = candidate.info.name;
    pending.decision = RouteDecision::Cancelled; // replaced by the outcome
    pending.reason = tr("in flight");
    pending.attempt = number;
    attempt->traceIndex = m_trace.append(pending);
    const int id = attempt->id;
    m_inFlight.push_back(std::move(attempt));
    armTimeout(*m_inFlight.back());
    QPointer<RouteExecution> self(this);
    m_factory(candidate, number, [self, id](ProviderJob* job, const QString& note) {
        if (self)
            self->launch(id, job, note);
        else
            delete job;
    });
}

void RouteExecution::launch(int id, ProviderJob* job, const QString& note)
{
    Attempt* a = findAttempt(id);
    if (!a || m_done) {
        delete job; // never started
        return;
    }
    a->note = note;
    if (!job) {
        conclude(
            id, nullptr,
            ProviderError::make(ErrorKind::Unsupported,
                                tr("%1 cannot serve this kind of request.").arg(a->candidate.info.name)));
        return;
    }
    a->job = job;
    // Kept until the request ends, as the execution's child: deleting each attempt's job on its
    // own would cost every request another trip through the event loop (issue #13).
    job->setParent(this);
    job->setAutoDelete(false);
    connect(job, &ProviderJob::finished, this, [this, id](ProviderJob* finished) {
        if (finished->hasError() || !m_options.checkAnswer) {
            conclude(id, finished, finished->hasError() ? std::optional(finished->error()) : std::nullopt);
            return;
        }
        judgeAnswer(id, finished);
    });
    job->startNow(); // the router never deletes a job in its `finished` slot
    Q_EMIT attemptStarted(job, a->candidate.info.name);
    armHedge();
}

void RouteExecution::judgeAnswer(int id, ProviderJob* job)
{
    Attempt* a = findAttempt(id);
    if (!a || m_done)
        return;
    AnswerCheck check = m_options.checkAnswer(job, a->candidate.info.name);
    if (check.quick) {
        const std::optional<ProviderError> rejected = check.judge();
        conclude(id, job, rejected, rejected.has_value());
        return;
    }
    a->checking = true;
    m_answers.run(std::move(check.judge),
                  [this, id, job = QPointer(job)](std::optional<ProviderError> rejected) {
                      // An attempt cancelled, timed out or outrun by a hedge meanwhile has already
                      // ended, and conclude() ignores it; a job gone means the whole execution ended.
                      if (job)
                          conclude(id, job, rejected, rejected.has_value());
                  });
}

void RouteExecution::armTimeout(Attempt& attempt)
{
    // Armed before the job exists, so that the time a TTS attempt waits for the voice list counts.
    attempt.timeoutAt = monotonicNow() + attempt.budget.limit;
    armTimer();
}

void RouteExecution::armTimer()
{
    if (m_done)
        return;
    TimePoint earliest = m_deadlineAt;
    for (const auto& a : m_inFlight) {
        if (!a->timedOut)
            earliest = std::min(earliest, a->timeoutAt);
    }
    if (m_hedgeAt)
        earliest = std::min(earliest, *m_hedgeAt);
    for (const PendingRetry& retry : m_retries)
        earliest = std::min(earliest, retry.dueAt);
    if (m_timer.isActive() && earliest == m_timerDueAt)
        return; // one registration per request on the way of a first attempt that answers
    m_timerDueAt = earliest;
    const auto wait = std::chrono::ceil<milliseconds>(earliest - monotonicNow()).count();
    // A coarse timer may fire up to 5 % early; an attempt's timeout must not.
    m_timer.start(int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())), Qt::PreciseTimer, this);
}

void RouteExecution::timerEvent(QTimerEvent* event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    if (!m_done)
        onTimer();
}

void RouteExecution::onTimer()
{
    const TimePoint now = monotonicNow();
    if (now >= m_deadlineAt) {
        finishAtDeadline();
        return;
    }
    timeOutAttempts(now);
    if (m_done)
        return;
    if (m_hedgeAt && *m_hedgeAt <= now) {
        m_hedgeAt.reset();
        if (const auto next = nextEligible()) {
            qCInfo(lcRouter) << "hedging with" << next->info.name;
            startAttempt(*next, 1);
        }
    }
    startDueRetries(now);
    armTimer();
}

void RouteExecution::timeOutAttempts(TimePoint now)
{
    QList<int> due;
    for (const auto& a : m_inFlight) {
        if (!a->timedOut && a->timeoutAt <= now)
            due.append(a->id);
    }
    for (const int id : due) {
        Attempt* a = findAttempt(id);
        if (!a || m_done)
            continue; // ended by an earlier one's timeout (the deadline, or the request's end)
        a->timedOut = true;
        const ProviderError error = ProviderError::make(
            ErrorKind::Timeout, a->budget.timeoutMessage(a->candidate.info.name, a->providersLeft));
        if (a->job && !a->checking)
            a->job->abort(error); // concludes through `finished`
        else
            conclude(id, nullptr, error);
    }
}

void RouteExecution::startDueRetries(TimePoint now)
{
    std::vector<PendingRetry> due;
    const auto firstLater = std::stable_partition(m_retries.begin(), m_retries.end(),
                                                  [now](const PendingRetry& r) { return r.dueAt <= now; });
    std::move(m_retries.begin(), firstLater, std::back_inserter(due));
    m_retries.erase(m_retries.begin(), firstLater);
    for (const PendingRetry& retry : due) {
        if (m_done)
            return;
        startAttempt(retry.candidate, retry.number);
    }
}

void RouteExecution::conclude(int id, ProviderJob* job, const std::optional<ProviderError>& error,
                              bool answerRejected)
{
    Attempt* a = findAttempt(id);
    if (!a || m_done)
        return;
    const auto it =
        std::find_if(m_inFlight.begin(), m_inFlight.end(), [a](const auto& p) { return p.get() == a; });
    std::unique_ptr<Attempt> attempt = std::move(*it);
    m_inFlight.erase(it);

    const QString name = attempt->candidate.info.name;
    RouteStep step;
    step.provider = name;
    step.decision = RouteDecision::Ok;
    step.latencyMs = elapsedMs(*attempt);
    step.attempt = attempt->number;
    step.note = attempt->note;
    step.error = error;
    const milliseconds latency(qint64(step.latencyMs));
    m_state.recordCall(name, error, latency, answerRejected);

    if (!error) {
        m_trace.replace(attempt->traceIndex, step);
        finishSucceeded(job, name);
        return;
    }
    if (error->kind == ErrorKind::Cancelled) {
        // Cancelled from outside the router: nothing to fall back from.
        step.decision = RouteDecision::Cancelled;
        m_trace.replace(attempt->traceIndex, step);
        cancelAttempts(tr("request cancelled"));
        finishFailed(*error);
        return;
    }
    step.decision = RouteDecision::Failed;
    if (attempt->timedOut)
        step.reason = attempt->budget.reason();
    m_trace.replace(attempt->traceIndex, step);
    qCInfo(lcRouter) << name << "failed:" << error->summary();
    if (deadlinePassed()) {
        finishAtDeadline();
        return;
    }
    if (!needsAttention(error->kind)) {
        // Retries come out of the provider's own share of the deadline.
        const milliseconds untilShareEnd = until(m_shares.value(name).end);
        if (const auto delay = m_retry.retryDelay(*error, attempt->number - 1, untilShareEnd)) {
            scheduleRetry(attempt->candidate, attempt->number + 1, *delay);
            return;
        }
    }
    if (m_inFlight.empty()) {
        m_hedgeAt.reset();
        advance();
    }
}

void RouteExecution::scheduleRetry(const RouteCandidate& candidate, int number, milliseconds delay)
{
    qCInfo(lcRouter) << "retrying" << candidate.info.name << "in" << delay.count() << "ms";
    if (m_inFlight.empty())
        m_hedgeAt.reset();
    m_retries.push_back({monotonicNow() + delay, candidate, number});
    armTimer();
}

void RouteExecution::armHedge()
{
    if (m_options.settings.hedgeAfterMs <= 0 || m_queue.isEmpty())
        return;
    m_hedgeAt = monotonicNow() + milliseconds(m_options.settings.hedgeAfterMs);
    armTimer();
}

void RouteExecution::cancelAttempts(const QString& reason)
{
    auto attempts = std::move(m_inFlight);
    m_inFlight.clear();
    for (const auto& a : attempts) {
        const ProviderError cancelled = ProviderError::make(ErrorKind::Cancelled, reason);
        RouteStep step;
        step.provider = a->candidate.info.name;
        step.decision = RouteDecision::Cancelled;
        step.reason = reason;
        step.error = cancelled;
        step.latencyMs = elapsedMs(*a);
        step.attempt = a->number;
        step.note = a->note;
        m_trace.replace(a->traceIndex, step);
        // Returns a half-open permit; a cancelled call is no verdict on the provider.
        m_state.recordCall(a->candidate.info.name, cancelled, milliseconds(qint64(step.latencyMs)));
        if (a->job) {
            a->job->disconnect(this);
            a->job->cancel();
        }
    }
}

void RouteExecution::finishSucceeded(ProviderJob* job, const QString& provider)
{
    // Usually nothing else is in flight: the sentence is not translated for nothing (issue #13).
    if (!m_inFlight.empty())
        cancelAttempts(tr("lost to %1").arg(provider));
    stopTimers();
    m_done = true;
    Q_EMIT succeeded(job, provider);
}

void RouteExecution::finishFailed(const ProviderError& error)
{
    stopTimers();
    m_done = true;
    Q_EMIT failed(error);
}

void RouteExecution::finishAtDeadline()
{
    cancelAttempts(tr("request deadline reached"));
    finishFailed(RouteFailure::deadline(m_trace, m_options.settings.requestDeadlineMs));
}

void RouteExecution::stopTimers()
{
    m_timer.stop();
    m_hedgeAt.reset();
    m_retries.clear();
}

RouteExecution::Attempt* RouteExecution::findAttempt(int id) const
{
    for (const auto& a : m_inFlight) {
        if (a->id == id)
            return a.get();
    }
    return nullptr;
}

bool RouteExecution::deadlinePassed() const
{
    return m_state.clock().now() >= m_deadline;
}

milliseconds RouteExecution::untilDeadline() const
{
    return until(m_deadline);
}

milliseconds RouteExecution::until(std::chrono::steady_clock::time_point when) const
{
    return std::chrono::duration_cast<milliseconds>(when - m_state.clock().now());
}

double RouteExecution::elapsedMs(const Attempt& attempt) const
{
    return std::chrono::duration<double, std::milli>(m_state.clock().now() - attempt.started).count();
}

} // namespace vd
