#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "tests/reliability/mockruntime.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using namespace vd;
using namespace vd::test;

namespace {

constexpr int kRequests = 1000;
constexpr int kCancelled = 200;

// Random faults for the next `count` requests of every main endpoint: about one in four fails
// (server errors, rate limits with a short Retry-After, resets, truncation, broken JSON).
void queueRandomFaults(MockProviderServer& server, QRandomGenerator& random, int count)
{
    for (const QString& provider : cloudProviderNames()) {
        const Endpoint endpoint = mainEndpoint(provider);
        for (int i = 0; i < count; ++i) {
            Fault fault;
            switch (random.bounded(16)) {
            case 0:
                fault = Fault::httpError(500);
                break;
            case 1:
                fault = Fault::httpError(503).withRetryAfterMs(10);
                break;
            case 2:
                fault = Fault::httpError(429).withRetryAfterMs(20);
                break;
            case 3:
                fault = Fault::of(Fault::Kind::ResetMidBody);
                break;
            case 4:
                fault = Fault::of(Fault::Kind::TruncatedBody);
                break;
            case 5:
                fault = Fault::of(Fault::Kind::InvalidJson);
                break;
            case 6:
                fault = Fault::delay(int(random.bounded(30)));
                break;
            default:
                fault = Fault::of(Fault::Kind::None);
                break;
            }
            server.queueFault(endpoint, fault, 1);
        }
    }
}

struct Tally
{
    QHash<ProviderJob*, int> finishedSignals;
    QHash<QString, int> outcomes; // "ok" or the error kind
};

} // namespace

// Concurrency and load (issue #7): a thousand routed requests (half STT, half TTS) started at
// once against the mock with random faults, through the full priority chain with retries and
// fallback. Every request finishes exactly once, every outcome is accounted for, and the
// breakers' and health records' counts agree with the attempts in the traces and with the
// requests the mock saw (all but a handful that QNAM fails on a connection the mock just
// reset). Then requests cancelled in flight: each finishes once, as cancelled
// or with its result, and nothing is left running (the ASan stage checks for leaks).
class TestLoad : public QObject
{
    Q_OBJECT

private:
    MockProviderServer m_server;

    ProviderJob* startRouted(Router& router, int index, Tally& tally)
    {
        ProviderJob* job = nullptr;
        if (index % 2 == 0) {
            AudioClip clip = oneSecondTone();
            clip.samples.resize(4000); // a quarter second keeps 500 uploads light
            job = router.transcribe(
                TranscriptionRequest{clip, QStringLiteral("en-US"), QStringLiteral("tone.wav")});
        } else {
            job = router.synthesize(SynthesisRequest{
                QStringLiteral("Request %1.").arg(index), {}, QStringLiteral("en-US"), 1.0, {}});
        }
        job->setAutoDelete(false);
        tally.finishedSignals.insert(job, 0);
        connect(job, &ProviderJob::finished, this, [&tally](ProviderJob* finished) {
            ++tally.finishedSignals[finished];
            tally.outcomes[finished->hasError() ? errorKindName(finished->error().kind)
                                                : QStringLiteral("ok")]++;
        });
        job->start();
        return job;
    }

    static const RoutingTrace& traceOf(ProviderJob* job)
    {
        if (auto* stt = qobject_cast<RoutedTranscribeJob*>(job))
            return stt->trace();
        return static_cast<RoutedSynthesizeJob*>(job)->trace();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MockRuntime::setEnvironmentKeys("test-key");
        QVERIFY(m_server.listen());
    }

    void thousandConcurrentRoutedRequestsAreAllAccountedFor()
    {
        m_server.reset();
        QRandomGenerator random(7);
        queueRandomFaults(m_server, random, kRequests);
        MockRuntime rig(m_server);
        // Generous limits: 1000 requests share QNAM's few connections to one loopback host.
        rig.setSection(
            QStringLiteral("routing"),
            QJsonObject{{"attempt_timeout_ms", 120000}, {"request_deadline_ms", 170000}, {"max_retries", 1}});
        Runtime* runtime = rig.build();
        QVERIFY2(runtime, qPrintable(rig.lastError()));

        Tally tally;
        std::vector<std::unique_ptr<ProviderJob>> jobs;
        for (int i = 0; i < kRequests; ++i)
            jobs.emplace_back(startRouted(runtime->router(), i, tally));
        int finishedJobs = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (finishedJobs = int(std::count_if(jobs.begin(), jobs.end(),
                                              [](auto& j) { return j->isFinished(); }))) == kRequests,
            180000);
        QTest::qWait(50); // a duplicate finished signal would arrive here

        // Every request finished exactly once, and every outcome is counted.
        int outcomes = 0;
        for (auto it = tally.outcomes.cbegin(); it != tally.outcomes.cend(); ++it)
            outcomes += it.value();
        QCOMPARE(outcomes, kRequests);
        for (auto& job : jobs)
            QCOMPARE(tally.finishedSignals.value(job.get()), 1);

        QStringList summary;
        for (auto it = tally.outcomes.cbegin(); it != tally.outcomes.cend(); ++it)
            summary << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        summary.sort();
        qInfo("outcomes: %s", qPrintable(summary.join(QLatin1Char(' '))));
        // Attempts in the traces = calls in the health records; the mock saw them (all but a handful).
        QHash<QString, int> attempts;
        QHash<QString, int> failures;
        for (auto& job : jobs) {
            for (const RouteStep& step : traceOf(job.get()).attempts()) {
                QVERIFY(step.decision != RouteDecision::Cancelled);
                ++attempts[step.provider];
                if (step.decision == RouteDecision::Failed)
                    ++failures[step.provider];
            }
            if (!job->hasError())
                QVERIFY(traceOf(job.get()).winner().has_value());
        }
        ResilienceState& state = runtime->resilience();
        int totalAttempts = 0;
        int unsent = 0;
        for (const QString& provider : cloudProviderNames()) {
            qInfo("%s: traces %d attempts (%d failed), mock %d requests, health %d calls (%d failed)",
                  qPrintable(provider), attempts.value(provider), failures.value(provider),
                  m_server.requestCount(mainEndpoint(provider)), state.health(provider).totalCalls(),
                  state.health(provider).totalFailures());
            QCOMPARE(state.health(provider).totalCalls(), attempts.value(provider));
            QCOMPARE(state.health(provider).totalFailures(), failures.value(provider));
            QVERIFY(state.breaker(provider)->window().size() <= attempts.value(provider));
            // An attempt the mock never saw can only be a connection closed before an answer.
            QVERIFY(m_server.requestCount(mainEndpoint(provider)) <= attempts.value(provider));
            unsent += attempts.value(provider) - m_server.requestCount(mainEndpoint(provider));
            totalAttempts += attempts.value(provider);
        }
        int closedBeforeAnswer = 0;
        QMap<QString, int> attemptOutcomes; // "kind status" of every attempt, to explain a mismatch
        for (auto& job : jobs) {
            for (const RouteStep& step : traceOf(job.get()).attempts()) {
                if (step.error && step.error->kind == ErrorKind::Network && step.error->httpStatus == 0)
                    ++closedBeforeAnswer;
                ++attemptOutcomes[step.error ? QStringLiteral("%1 %2")
                                                   .arg(errorKindName(step.error->kind))
                                                   .arg(step.error->httpStatus)
                                             : QStringLiteral("ok")];
            }
        }
        QStringList outcomeList;
        for (auto it = attemptOutcomes.cbegin(); it != attemptOutcomes.cend(); ++it)
            outcomeList << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        QVERIFY2(unsent <= closedBeforeAnswer, qPrintable(QStringLiteral("%1 > %2; attempts by outcome: %3")
                                                              .arg(unsent)
                                                              .arg(closedBeforeAnswer)
                                                              .arg(outcomeList.join(QStringLiteral(", ")))));
        // Known residue (docs/RELIABILITY.md): a handful of requests fail on a QNAM connection the
        // mock just reset; before ConnectionGate it was hundreds.
        QVERIFY2(unsent * 100 <= totalAttempts,
                 qPrintable(QStringLiteral("%1 of %2 attempts never sent").arg(unsent).arg(totalAttempts)));
        QCOMPARE(m_server.violations(), QStringList{});
        QVERIFY(tally.outcomes.value(QStringLiteral("ok")) > kRequests / 2);
        qInfo("load: %d requests, %d attempts (%d closed before reaching the server), outcomes %s, "
              "lost 0, duplicated 0",
              kRequests, totalAttempts, unsent, qPrintable(summary.join(QLatin1Char(' '))));
    }

    void cancellingInFlightLeavesNothingBehind()
    {
        m_server.reset();
        for (const QString& provider : cloudProviderNames())
            m_server.setFault(mainEndpoint(provider), Fault::delay(200));
        MockRuntime rig(m_server);
        Runtime* runtime = rig.build();
        QVERIFY2(runtime, qPrintable(rig.lastError()));
        Tally tally;
        std::vector<std::unique_ptr<ProviderJob>> jobs;
        QRandomGenerator random(11);
        for (int i = 0; i < kCancelled; ++i) {
            ProviderJob* job = startRouted(runtime->router(), i, tally);
            jobs.emplace_back(job);
            // Cancel at once, while preparing, while queued or while the answer is delayed.
            const int after = int(random.bounded(400));
            if (after < 20)
                job->cancel();
            else
                QTimer::singleShot(after, job, &ProviderJob::cancel);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(jobs.begin(), jobs.end(), [](auto& j) { return j->isFinished(); }), 60000);
        QTest::qWait(300); // late answers and duplicate signals would arrive here
        int cancelled = 0;
        for (auto& job : jobs) {
            QCOMPARE(tally.finishedSignals.value(job.get()), 1);
            if (job->hasError() && job->error().kind == ErrorKind::Cancelled) {
                ++cancelled;
                continue;
            }
            // The only fault is a 200 ms delay, so a request that was not cancelled in time must
            // succeed: any other error (a connection closed by a neighbour's cancel, a timeout)
            // would be a defect, and the message names its kind and the attempts behind it.
            if (job->hasError()) {
                QFAIL(qPrintable(QStringLiteral("a request that was not cancelled failed with kind %1 (%2); "
                                                "attempts: %3")
                                     .arg(errorKindName(job->error().kind), job->error().summary(),
                                          traceOf(job.get()).toText().join(QStringLiteral("; ")))));
            }
        }
        QVERIFY(cancelled > 0);
        // Cancelled attempts count neither for nor against a provider.
        for (const QString& provider : cloudProviderNames())
            QCOMPARE(runtime->resilience().health(provider).totalFailures(), 0);
        jobs.clear();
        rig.destroy(); // with requests aborted mid-flight: ASan/LSan must find nothing left over
        qInfo("cancel: %d requests, %d cancelled in flight, the rest finished first", kCancelled, cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
