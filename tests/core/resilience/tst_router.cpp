#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "fakeproviders.h"

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::ErrorKind)

namespace {

RoutingSettings routing(int maxRetries = 0, int attemptTimeoutMs = 30000, int deadlineMs = 90000,
                        int hedgeMs = 0)
{
    RoutingSettings s;
    s.maxRetries = maxRetries;
    s.attemptTimeoutMs = attemptTimeoutMs;
    s.requestDeadlineMs = deadlineMs;
    s.hedgeAfterMs = hedgeMs;
    return s;
}

// A router over fake providers a_stt (10), b_stt (20), c_stt (30) and the fake clock.
struct Rig
{
    explicit Rig(const RoutingSettings& settings = routing())
        : state({}, {}, clock), router(directory, state, settings)
    {
        router.setOnlineCheck([this] { return online; });
        router.setRandomSource([] { return 0.5; });
        for (const char* name : {"a_stt", "b_stt", "c_stt"}) {
            stt.append(std::make_shared<FakeStt>(QString::fromLatin1(name), &clock));
            directory.add(stt.last(), 10 * int(stt.size()));
        }
    }
    FakeLedger& ledger(int i) { return *stt[i]->ledger; }

    // Starts a routed request and waits for its end; the job is kept for inspection.
    std::unique_ptr<RoutedTranscribeJob> run(const QString& provider = {})
    {
        std::unique_ptr<RoutedTranscribeJob> job(router.transcribe(TranscriptionRequest{}, provider));
        job->setAutoDelete(false);
        QSignalSpy spy(job.get(), &ProviderJob::finished);
        job->start();
        if (!QTest::qWaitFor([&] { return spy.count() == 1; }, 10000))
            qWarning("routed job did not finish");
        return job;
    }

    FakeClock clock;
    ResilienceState state;
    FakeDirectory directory;
    Router router;
    QList<std::shared_ptr<FakeStt>> stt;
    bool online = true;
};

QStringList describe(const RoutingTrace& trace)
{
    QStringList result;
    for (const RouteStep& step : trace.steps())
        result.append(step.provider + QLatin1Char(':') + routeDecisionName(step.decision) + QLatin1Char(':') +
                      (step.decision == RouteDecision::Skipped ? step.reason
                       : step.error                            ? errorKindName(step.error->kind)
                                                               : QString()));
    return result;
}

// Counts the events of one type an object receives.
class EventCounter : public QObject
{
public:
    EventCounter(QEvent::Type type, int* count) : m_type(type), m_count(count) {}

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == m_type)
            ++*m_count;
        return false;
    }

private:
    QEvent::Type m_type;
    int* m_count;
};

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The history is fed from one place: each routed request, once finished, whatever its outcome.
    void everyFinishedRequestIsReportedOnceForHistory()
    {
        Rig rig;
        QSignalSpy reported(&rig.router, &Router::requestFinished);
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        (void)rig.run();
        QCOMPARE(reported.count(), 1);
        const auto fallback = reported.takeFirst().at(0).value<RequestRecord>();
        QCOMPARE(fallback.operation, RequestRecord::kTranscribe);
        QCOMPARE(fallback.provider, QStringLiteral("b_stt"));
        QCOMPARE(fallback.outcome, QStringLiteral("ok"));
        QCOMPARE(fallback.attempts, 2);
        QCOMPARE(fallback.trace.attempts().size(), 2);
        QVERIFY(fallback.time.isValid());

        for (int i = 0; i < 3; ++i)
            rig.ledger(i).script = {FakeOutcome::fail(ErrorKind::Auth, 401)};
        (void)rig.run();
        QCOMPARE(reported.count(), 1);
        const auto failed = reported.takeFirst().at(0).value<RequestRecord>();
        QCOMPARE(failed.outcome, QStringLiteral("failed"));
        QCOMPARE(failed.errorKind, QStringLiteral("auth"));
        QCOMPARE(failed.provider, QStringLiteral("c_stt")); // the last one tried
        QCOMPARE(failed.attempts, 3);
    }

    // start() routes at once: a trip through the event loop first would cost every request more
    // than the routing itself (issue #13). Yet it never reports from inside start(), even when the
    // provider's job fails or answers at once.
    void startingRoutesAtOnceButNeverFinishesInsideStart()
    {
        Rig rig;
        std::unique_ptr<RoutedTranscribeJob> job(rig.router.transcribe(TranscriptionRequest{}));
        job->setAutoDelete(false);
        QSignalSpy spy(job.get(), &ProviderJob::finished);
        QCOMPARE(rig.ledger(0).created, 0); // nothing happens before start()
        job->start();
        QCOMPARE(rig.ledger(0).created, 1);
        QCOMPARE(rig.ledger(0).started, 1);
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(!job->hasError());
    }

    // What the pages, the CLI and suites do (startNow, the job deleting itself): the routed job
    // reports from the callback that ends the request, answer or failure, without a trip of its
    // own through the event loop; start() takes one (a queued call to the job) so that its owner
    // may delete it in the slot.
    void startedNowReportsWithoutAnotherTripThroughTheEventLoop_data()
    {
        QTest::addColumn<bool>("now");
        QTest::addColumn<bool>("everyProviderFails");
        QTest::newRow("startNow, an answer") << true << false;
        QTest::newRow("startNow, every provider failing") << true << true;
        QTest::newRow("start, an answer") << false << false;
    }

    void startedNowReportsWithoutAnotherTripThroughTheEventLoop()
    {
        QFETCH(bool, now);
        QFETCH(bool, everyProviderFails);
        Rig rig;
        if (everyProviderFails) {
            for (int i = 0; i < 3; ++i)
                rig.ledger(i).script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        }
        QPointer<RoutedTranscribeJob> job(rig.router.transcribe(TranscriptionRequest{}));
        int queuedCalls = 0;
        EventCounter counter(QEvent::MetaCall, &queuedCalls);
        job->installEventFilter(&counter);
        bool failed = false;
        int finished = 0;
        connect(job, &ProviderJob::finished, this, [&] {
            ++finished;
            failed = job->hasError();
        });
        now ? job->startNow() : job->start();
        QCOMPARE(finished, 0); // never from inside the start
        QTRY_COMPARE(finished, 1);
        QCOMPARE(failed, everyProviderFails);
        QCOMPARE(queuedCalls, now ? 0 : 1);
        QTRY_VERIFY(!job); // deleted itself, after its slots
    }

    void firstProviderInPriorityOrderAnswers()
    {
        Rig rig;
        const auto job = rig.run();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("a_stt"));
        QCOMPARE(job->transcript().text, QStringLiteral("text from a_stt"));
        QCOMPARE(describe(job->trace()), QStringList{QStringLiteral("a_stt:ok:")});
        QCOMPARE(job->trace().steps().first().latencyMs, 10.0);
        QCOMPARE(rig.ledger(1).created, 0);
    }

    void fallsBackThroughThePriorityOrder()
    {
        Rig rig;
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        rig.ledger(1).script = {FakeOutcome::fail(ErrorKind::InvalidResponse)};
        const auto job = rig.run();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("c_stt"));
        QCOMPARE(describe(job->trace()),
                 (QStringList{QStringLiteral("a_stt:failed:server"),
                              QStringLiteral("b_stt:failed:invalid_response"), QStringLiteral("c_stt:ok:")}));
    }

    void everyProviderFailingReportsTheLastError()
    {
        Rig rig;
        for (int i = 0; i < 3; ++i)
            rig.ledger(i).script = {FakeOutcome::fail(i == 2 ? ErrorKind::Network : ErrorKind::Server, 500)};
        const auto job = rig.run();
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::Network);
        QCOMPARE(job->trace().attempts().size(), 3);
    }

    // Issue #17: with language "kli" the banner blamed openai's refused connection, the last
    // failure, instead of the offline engine's "English only". A problem with the request itself
    // leads; every other provider's failure follows by name.
    void everyProviderFailingLeadsWithTheMostTellingError()
    {
        Rig rig;
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::Network)};
        rig.ledger(1).script = {FakeOutcome::fail(ErrorKind::Unsupported)};
        rig.ledger(2).script = {FakeOutcome::fail(ErrorKind::Server, 500)};
        const auto job = rig.run();
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::Unsupported);
        QCOMPARE(job->error().message,
                 QStringLiteral("b_stt: scripted unsupported Also failed: a_stt: network: "
                                "scripted network; c_stt: server 500: scripted server."));
    }

    void skipsWithAReasonForEachIneligibleProvider()
    {
        Rig rig;
        auto add = [&](const QString& name, int priority, bool offline = false) -> RouteCandidate& {
            rig.stt.append(std::make_shared<FakeStt>(name, &rig.clock));
            return rig.directory.add(rig.stt.last(), priority, offline);
        };
        rig.directory.get(QStringLiteral("a_stt")).info.enabled = false;
        rig.directory.get(QStringLiteral("b_stt")).configured = false;
        rig.directory.get(QStringLiteral("b_stt")).instance.reset();
        for (int i = 0; i < 5; ++i)
            rig.state.recordCall(QStringLiteral("c_stt"), ProviderError::make(ErrorKind::Server, {}), 1ms);
        const QDateTime openUntil = rig.clock.wallNow().addSecs(300);
        add(QStringLiteral("d_stt"), 40, true);
        rig.directory.get(QStringLiteral("c_stt")).info.offline = true; // else "offline" would be its reason
        rig.state.markNeedsAttention(QStringLiteral("d_stt"), QStringLiteral("auth 401: key revoked"));
        add(QStringLiteral("e_stt"), 50);
        add(QStringLiteral("offline_stt"), 90, true);
        rig.online = false;

        const auto job = rig.run();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("offline_stt"));
        QCOMPARE(describe(job->trace()),
                 (QStringList{QStringLiteral("a_stt:skipped:disabled"),
                              QStringLiteral("b_stt:skipped:not_configured"),
                              QStringLiteral("c_stt:skipped:circuit_open"),
                              QStringLiteral("d_stt:skipped:needs_attention"),
                              QStringLiteral("e_stt:skipped:offline"), QStringLiteral("offline_stt:ok:")}));
        const RouteStep circuit = job->trace().steps().at(2);
        QCOMPARE(circuit.until, openUntil);
        QVERIFY(circuit.describe().startsWith(QStringLiteral("skipped: circuit_open until ")));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(rig.ledger(i).created, 0); // skipped providers are never touched
    }

    void nothingEligibleExplainsWhy()
    {
        Rig rig;
        for (int i = 0; i < 3; ++i)
            rig.directory.get(rig.stt[i]->name()).configured = false;
        const auto job = rig.run();
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::NotConfigured);
        QVERIFY(job->error().message.contains(QStringLiteral("b_stt")));
        QCOMPARE(job->trace().skipped().size(), 3);
    }

    void retriesTheSameProviderHonouringRetryAfter()
    {
        Rig rig(routing(1));
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::RateLimited, 429, 5ms), FakeOutcome::ok()};
        const auto job = rig.run();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("a_stt"));
        QCOMPARE(rig.ledger(0).created, 2);
        QCOMPARE(describe(job->trace()),
                 (QStringList{QStringLiteral("a_stt:failed:rate_limited"), QStringLiteral("a_stt:ok:")}));
        QCOMPARE(job->trace().steps().at(1).attempt, 2);
    }

    void retryAfterLongerThanSixtySecondsFallsBackInstead()
    {
        Rig rig(routing(1));
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::RateLimited, 429, 61s)};
        const auto job = rig.run();
        QCOMPARE(job->provider(), QStringLiteral("b_stt"));
        QCOMPARE(rig.ledger(0).created, 1);
    }

    void noRetryForNonRetryableKinds_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("auth") << ErrorKind::Auth;
        QTest::newRow("quota") << ErrorKind::Quota;
        QTest::newRow("bad_request") << ErrorKind::BadRequest;
        QTest::newRow("too_large") << ErrorKind::TooLarge;
        QTest::newRow("unsupported") << ErrorKind::Unsupported;
        QTest::newRow("invalid_response") << ErrorKind::InvalidResponse;
    }

    void noRetryForNonRetryableKinds()
    {
        QFETCH(ErrorKind, kind);
        Rig rig(routing(3));
        rig.ledger(0).script = {FakeOutcome::fail(kind, 400)};
        const auto job = rig.run();
        QCOMPARE(rig.ledger(0).created, 1);
        QCOMPARE(job->provider(), QStringLiteral("b_stt")); // but fallback, for every kind
    }

    void authMarksNeedsAttentionAndLaterRequestsSkipIt()
    {
        Rig rig(routing(1));
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::Auth, 401)};
        const auto first = rig.run();
        QCOMPARE(first->provider(), QStringLiteral("b_stt"));
        QVERIFY(rig.state.needsAttention(QStringLiteral("a_stt")));
        QCOMPARE(rig.state.status(QStringLiteral("a_stt")), HealthStatus::Unhealthy);
        const auto second = rig.run();
        QCOMPARE(describe(second->trace()).first(), QStringLiteral("a_stt:skipped:needs_attention"));
        QCOMPARE(rig.ledger(0).created, 1);
    }

    void requestFaultsDoNotCountAgainstTheBreaker()
    {
        Rig rig;
        rig.ledger(0).script = QList<FakeOutcome>(12, FakeOutcome::fail(ErrorKind::BadRequest, 400));
        for (int i = 0; i < 12; ++i)
            rig.run();
        CircuitBreaker* breaker = rig.state.breaker(QStringLiteral("a_stt"));
        QCOMPARE(breaker->state(), BreakerState::Closed);
        QVERIFY(breaker->window().isEmpty());
        QCOMPARE(rig.state.status(QStringLiteral("a_stt")), HealthStatus::Unknown);
        QCOMPARE(rig.ledger(0).created, 12);
    }

    void failuresOpenTheBreakerAndTheNextRequestSkipsIt()
    {
        Rig rig;
        rig.ledger(0).script = QList<FakeOutcome>(5, FakeOutcome::fail(ErrorKind::Server, 503));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(rig.run()->provider(), QStringLiteral("b_stt"));
        QCOMPARE(rig.state.breaker(QStringLiteral("a_stt"))->state(), BreakerState::Open);
        const auto sixth = rig.run();
        QCOMPARE(describe(sixth->trace()).first(), QStringLiteral("a_stt:skipped:circuit_open"));
        QCOMPARE(rig.ledger(0).created, 5);
        QCOMPARE(rig.state.health(QStringLiteral("b_stt")).totalCalls(), 6);
    }

    void deadlineEndsTheRequest()
    {
        Rig rig(routing(1, 30000, 1000));
        rig.ledger(0).script = {
            {ProviderError::make(ErrorKind::Server, QStringLiteral("slow")), 1500ms, false}};
        const auto job = rig.run();
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::Timeout);
        QVERIFY(job->error().message.contains(QStringLiteral("request_deadline_ms")));
        QVERIFY2(job->error().message.endsWith(QStringLiteral("Failed before it: a_stt: server: slow.")),
                 qPrintable(job->error().message));
        QCOMPARE(rig.ledger(0).created, 1); // no retry past the deadline
        QCOMPARE(rig.ledger(1).created, 0); // and no fallback either
    }

    void retryIsSkippedWhenItWouldEndPastTheDeadline()
    {
        Rig rig(routing(1, 30000, 1000));
        rig.ledger(0).script = {{ProviderError::make(ErrorKind::Server, QStringLiteral("x")), 700ms, false}};
        const auto job = rig.run(); // 300 ms left < 500 ms backoff: next provider instead
        QCOMPARE(job->provider(), QStringLiteral("b_stt"));
        QCOMPARE(rig.ledger(0).created, 1);
    }

    void attemptWithoutAnswerTimesOutAndFallsBack()
    {
        Rig rig(routing(0, 30));
        rig.ledger(0).script = {FakeOutcome::held()};
        const auto job = rig.run();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("b_stt"));
        const RouteStep first = job->trace().steps().first();
        QCOMPARE(first.decision, RouteDecision::Failed);
        QCOMPARE(first.error->kind, ErrorKind::Timeout);
        QVERIFY(first.error->message.contains(QStringLiteral("attempt_timeout_ms")));
        QCOMPARE(rig.ledger(0).cancelled, 1);
        QCOMPARE(rig.state.breaker(QStringLiteral("a_stt"))->window().size(), 1); // a timeout counts
    }

    void hedgeWinsAndTheLoserIsCancelledWithoutBlame()
    {
        Rig rig(routing(0, 30000, 90000, 20));
        // Two providers: with a third, a machine that stalls 20 ms between b_stt's start and its
        // answer (it did here, under ASan with builds beside it) hedges once more: the trace gains c_stt.
        rig.directory.remove(QStringLiteral("c_stt"));
        rig.ledger(0).script = {FakeOutcome::held()};
        const auto job = rig.run();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("b_stt"));
        // In the order the providers were considered.
        QCOMPARE(describe(job->trace()),
                 (QStringList{QStringLiteral("a_stt:cancelled:cancelled"), QStringLiteral("b_stt:ok:")}));
        QCOMPARE(job->trace().steps().at(0).reason, QStringLiteral("lost to b_stt"));
        QCOMPARE(rig.ledger(0).cancelled, 1);
        QVERIFY(rig.state.breaker(QStringLiteral("a_stt"))->window().isEmpty());
        const QJsonArray attempts = job->trace().toJson().value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("cancelled"));
    }

    void hedgedPrimaryCanStillWin()
    {
        Rig rig(routing(0, 30000, 90000, 20));
        rig.ledger(0).script = {FakeOutcome::held()};
        rig.ledger(1).script = {FakeOutcome::held()};
        rig.directory.remove(QStringLiteral("c_stt")); // so that no third hedge joins in
        std::unique_ptr<RoutedTranscribeJob> job(rig.router.transcribe(TranscriptionRequest{}));
        job->setAutoDelete(false);
        QSignalSpy spy(job.get(), &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(rig.ledger(1).held.size(), 1); // the hedge started while a_stt is silent
        QCOMPARE(rig.ledger(0).held.size(), 1);
        releaseHeld<TranscribeJob>(rig.stt[0]->ledger, 0, FakeOutcome::ok());
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job->provider(), QStringLiteral("a_stt"));
        QCOMPARE(rig.ledger(1).cancelled, 1);
        QCOMPARE(describe(job->trace()),
                 (QStringList{QStringLiteral("a_stt:ok:"), QStringLiteral("b_stt:cancelled:cancelled")}));
    }

    void cancellingTheRoutedJobCancelsTheAttemptPromptly()
    {
        Rig rig;
        rig.ledger(0).script = {FakeOutcome::held()};
        std::unique_ptr<RoutedTranscribeJob> job(rig.router.transcribe(TranscriptionRequest{}));
        job->setAutoDelete(false);
        QSignalSpy spy(job.get(), &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(rig.ledger(0).held.size(), 1);
        job->cancel();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job->error().kind, ErrorKind::Cancelled);
        QCOMPARE(rig.ledger(0).cancelled, 1);
        QCOMPARE(describe(job->trace()), QStringList{QStringLiteral("a_stt:cancelled:cancelled")});
        QTest::qWait(50);
        QCOMPARE(rig.ledger(1).created, 0); // no fallback after cancellation
        QCOMPARE(spy.count(), 1);
    }

    void namedProviderIsTheOnlyOneTried()
    {
        Rig rig(routing(0));
        rig.ledger(1).script = {FakeOutcome::fail(ErrorKind::Server, 502)};
        const auto job = rig.run(QStringLiteral("b_stt"));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::Server);
        QCOMPARE(rig.ledger(0).created, 0);
        QCOMPARE(rig.ledger(2).created, 0);
    }

    void namedProviderProblemsAreClearErrors_data()
    {
        QTest::addColumn<int>(
            "setup"); // 0 unknown, 1 disabled, 2 not configured, 3 forced open, 4 wrong category, 5 open
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << 0 << ErrorKind::NotConfigured << "no provider named";
        QTest::newRow("disabled") << 1 << ErrorKind::NotConfigured << "disabled";
        QTest::newRow("not configured") << 2 << ErrorKind::NotConfigured << "keys set b_stt";
        QTest::newRow("forced open circuit") << 3 << ErrorKind::CircuitOpen << "circuit forced open";
        QTest::newRow("open circuit") << 5 << ErrorKind::CircuitOpen << "circuit open) until";
        QTest::newRow("wrong category") << 4 << ErrorKind::Unsupported << "TTS";
    }

    void namedProviderProblemsAreClearErrors()
    {
        QFETCH(int, setup);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, mentions);
        Rig rig;
        QString name = QStringLiteral("b_stt");
        if (setup == 0)
            name = QStringLiteral("nope_stt");
        if (setup == 1)
            rig.directory.get(name).info.enabled = false;
        if (setup == 2)
            rig.directory.get(name).configured = false;
        if (setup == 3)
            rig.state.forceOpenBreaker(name);
        for (int i = 0; setup == 5 && i < 5; ++i)
            rig.state.recordCall(name, ProviderError::make(ErrorKind::Server, {}), 1ms);
        if (setup == 4) {
            rig.directory.add(std::make_shared<FakeTts>(QStringLiteral("x_tts"), QList<Voice>{}), 1);
            name = QStringLiteral("x_tts");
        }
        const auto job = rig.run(name);
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, kind);
        QVERIFY2(job->error().message.contains(mentions), qPrintable(job->error().message));
        QCOMPARE(rig.ledger(1).created, 0);
    }

    void namedProviderNeedingAttentionIsTriedAnyway()
    {
        Rig rig;
        rig.state.markNeedsAttention(QStringLiteral("b_stt"), QStringLiteral("auth 401"));
        const auto job = rig.run(QStringLiteral("b_stt"));
        QVERIFY(!job->hasError());
        QVERIFY(!rig.state.needsAttention(QStringLiteral("b_stt"))); // it answers again
    }

    void traceJsonMatchesTheContract()
    {
        Rig rig;
        rig.ledger(0).script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        rig.directory.get(QStringLiteral("c_stt")).configured = false;
        rig.directory.get(QStringLiteral("b_stt")).info.priority = 40; // now after c_stt
        const auto job = rig.run();
        const QJsonObject json = job->trace().toJson();
        const QJsonArray attempts = json.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        const QJsonObject failed = attempts.at(0).toObject();
        QCOMPARE(failed.value(QStringLiteral("provider")).toString(), QStringLiteral("a_stt"));
        QCOMPARE(failed.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("latency_ms")).toDouble(), 10.0);
        const QJsonObject error = failed.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
        QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 503);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("scripted server"));
        const QJsonObject ok = attempts.at(1).toObject();
        QCOMPARE(ok.value(QStringLiteral("provider")).toString(), QStringLiteral("b_stt"));
        QCOMPARE(ok.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QVERIFY(!ok.contains(QStringLiteral("error")));
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("provider"), QStringLiteral("c_stt")},
                              {QStringLiteral("reason"), QStringLiteral("not_configured")}}));
        QCOMPARE(job->trace().toText().first(),
                 QStringLiteral("a_stt: failed: server 503: scripted server (attempt 1, 10 ms)"));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
