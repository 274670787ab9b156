#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "fakeproviders.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::HealthInfo)

namespace {

const QString kName = QStringLiteral("openai_stt");

ProviderError err(ErrorKind kind, int status = 0)
{
    return ProviderError::make(kind, QStringLiteral("scripted"), status);
}

HealthSample sampleAt(const QDateTime& time)
{
    HealthSample s;
    s.time = time;
    return s;
}

} // namespace

class TestHealthMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HealthInfo>(); }

    // Breaker and health follow the same rule (countsAgainstProvider) for every kind; they used
    // to disagree on not_configured and circuit_open.
    void breakerAndHealthCountTheSameFailures_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        for (int k = int(ErrorKind::Network); k <= int(ErrorKind::CircuitOpen); ++k) {
            const auto kind = ErrorKind(k);
            QTest::newRow(qPrintable(errorKindName(kind))) << kind;
        }
    }
    void breakerAndHealthCountTheSameFailures()
    {
        QFETCH(ErrorKind, kind);
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        state.recordCall(kName, err(kind), 100ms);
        const int expected = countsAgainstProvider(kind) ? 1 : 0;
        QCOMPARE(state.breaker(kName)->consecutiveFailures(), expected);
        QCOMPARE(state.health(kName).totalFailures(), expected);
        QCOMPARE(state.health(kName).consecutiveFailures(), expected);
    }

    void statusIsUnknownBeforeAnyOutcome()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        QCOMPARE(state.status(kName), HealthStatus::Unknown);
        QCOMPARE(state.summary(kName).status, HealthStatus::Unknown);
    }

    void statusFollowsOutcomes_data()
    {
        QTest::addColumn<QString>("script"); // '.' ok, 's' slow ok, 'F' server failure, 'B' bad_request
        QTest::addColumn<HealthStatus>("expected");
        QTest::newRow("one success") << "." << HealthStatus::Healthy;
        QTest::newRow("one failure below the threshold") << "F" << HealthStatus::Degraded;
        QTest::newRow("a slow call") << "s" << HealthStatus::Degraded;
        QTest::newRow("failure still among the last ten") << "F........." << HealthStatus::Degraded;
        QTest::newRow("failure out of the last ten") << "F.........." << HealthStatus::Healthy;
        QTest::newRow("five failures open the breaker") << "FFFFF" << HealthStatus::Unhealthy;
        QTest::newRow("request faults do not count") << "BBBBBBBB" << HealthStatus::Unknown;
        QTest::newRow("request faults do not spoil a good record") << ".BBB" << HealthStatus::Healthy;
    }

    void statusFollowsOutcomes()
    {
        QFETCH(QString, script);
        QFETCH(HealthStatus, expected);
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        for (QChar c : script) {
            if (c == QLatin1Char('.'))
                state.recordCall(kName, std::nullopt, 100ms);
            else if (c == QLatin1Char('s'))
                state.recordCall(kName, std::nullopt, 20s);
            else if (c == QLatin1Char('F'))
                state.recordCall(kName, err(ErrorKind::Server, 503), 100ms);
            else
                state.recordCall(kName, err(ErrorKind::BadRequest, 400), 100ms);
        }
        QCOMPARE(state.status(kName), expected);
        QCOMPARE(state.health(kName).history().size(), script.size()); // every call is in the series
    }

    void halfOpenIsDegradedAndForcedOpenUnhealthy()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        for (int i = 0; i < 5; ++i)
            state.recordCall(kName, err(ErrorKind::Network), 1ms);
        QCOMPARE(state.status(kName), HealthStatus::Unhealthy);
        clock.advance(300s);
        QCOMPARE(state.status(kName), HealthStatus::Degraded);
        state.forceOpenBreaker(kName);
        QCOMPARE(state.status(kName), HealthStatus::Unhealthy);
        state.resetBreaker(kName);
        state.recordCall(kName, std::nullopt, 1ms);
        QCOMPARE(state.breaker(kName)->state(), BreakerState::Closed);
    }

    void authAndQuotaNeedAttentionUntilCleared_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("auth") << ErrorKind::Auth;
        QTest::newRow("quota") << ErrorKind::Quota;
    }

    void authAndQuotaNeedAttentionUntilCleared()
    {
        QFETCH(ErrorKind, kind);
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        HealthMonitor monitor(state, directory);
        state.recordCall(kName, err(kind, 401), 5ms);
        QVERIFY(state.needsAttention(kName));
        const HealthInfo info = monitor.summary(kName);
        QCOMPARE(info.status, HealthStatus::Unhealthy);
        QVERIFY(info.attentionReason.contains(errorKindName(kind)));
        monitor.clearAttention(kName);
        QVERIFY(!state.needsAttention(kName));
        QCOMPARE(monitor.status(kName), HealthStatus::Degraded); // the failure is still recent
    }

    void summaryCarriesCountersAndLastError()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        state.recordCall(kName, std::nullopt, 100ms);
        state.recordCall(kName, std::nullopt, 300ms);
        state.recordCall(kName, err(ErrorKind::Server, 503), 50ms);
        clock.advance(1s);
        state.recordCall(kName, err(ErrorKind::Timeout), 70ms);
        const HealthInfo info = state.summary(kName);
        QCOMPARE(info.failureCount, 2);
        QCOMPARE(info.consecutiveFailures, 2);
        QCOMPARE(info.lastError, QStringLiteral("timeout: scripted"));
        QCOMPARE(info.meanResponseMs, 200.0); // successful calls only
        QCOMPARE(info.lastCheck, clock.wallNow());
        state.recordCall(kName, std::nullopt, 100ms);
        QCOMPARE(state.summary(kName).consecutiveFailures, 0);
    }

    void percentilesCoverTheLastHundredCalls()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        for (int ms = 1; ms <= 200; ++ms)
            state.recordCall(kName, std::nullopt, std::chrono::milliseconds(ms));
        const LatencyStats stats = state.health(kName).latency();
        QCOMPARE(stats.count, 100);
        QCOMPARE(stats.meanMs, 150.5);
        QCOMPARE(stats.p50Ms, 150.0);
        QCOMPARE(stats.p95Ms, 195.0);
        QCOMPARE(stats.p99Ms, 199.0);
    }

    void samplesRecordTheStatusAfterThem()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        state.recordCall(kName, std::nullopt, 5ms);
        state.recordCall(kName, err(ErrorKind::Server), 5ms);
        state.recordProbe(kName, std::nullopt, 7ms);
        const SampleRing& ring = state.health(kName).history();
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.at(0).status, HealthStatus::Healthy);
        QCOMPARE(ring.at(1).status, HealthStatus::Degraded);
        QCOMPARE(ring.at(1).error, std::optional(ErrorKind::Server));
        QVERIFY(ring.at(2).probe);
        QCOMPARE(ring.at(2).latencyMs, 7.0);
    }

    void ringKeepsItsCapacityAndDropsTheOldest()
    {
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        SampleRing ring(5);
        for (int i = 0; i < 8; ++i)
            ring.append(sampleAt(t0.addSecs(i)));
        QCOMPARE(ring.size(), 5);
        QCOMPARE(ring.at(0).time, t0.addSecs(3));
        QCOMPARE(ring.last().time, t0.addSecs(7));
        QCOMPARE(ring.since(t0.addSecs(6)).size(), 2);
        QCOMPARE(ring.since(t0.addSecs(100)).size(), 0);
        QCOMPARE(ring.indexAtOrAfter(t0.addSecs(5)), 2);
        ring.pruneBefore(t0.addSecs(5));
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.at(0).time, t0.addSecs(5));
        ring.append(sampleAt(t0.addSecs(8)));
        ring.append(sampleAt(t0.addSecs(9)));
        ring.append(sampleAt(t0.addSecs(10)));
        QCOMPARE(ring.size(), 5);
        QCOMPARE(ring.at(0).time, t0.addSecs(6));
        QCOMPARE(ring.last().time, t0.addSecs(10));
        ring.pruneBefore(t0.addSecs(11));
        QVERIFY(ring.isEmpty());
    }

    void historyKeepsOnlyHistoryHours()
    {
        FakeClock clock;
        HealthSettings settings;
        settings.historyHours = 1;
        ResilienceState state({}, settings, clock);
        state.recordCall(kName, std::nullopt, 5ms);
        clock.advance(30min);
        state.recordCall(kName, std::nullopt, 5ms);
        clock.advance(45min);
        state.recordCall(kName, std::nullopt, 5ms);
        QCOMPARE(state.health(kName).history().size(), 2);
        QCOMPARE(state.health(kName).totalCalls(), 3); // counters outlive the series
    }

    void signalsNameTheProvider()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        HealthMonitor monitor(state, directory);
        QSignalSpy samples(&monitor, &HealthMonitor::sampleAdded);
        QSignalSpy changes(&monitor, &HealthMonitor::healthChanged);
        QSignalSpy summaries(&monitor, &HealthMonitor::summaryChanged);
        state.recordCall(kName, std::nullopt, 5ms);
        QCOMPARE(samples.count(), 1);
        QCOMPARE(samples.at(0).at(0).toString(), kName);
        QVERIFY(changes.count() >= 1);
        QCOMPARE(summaries.last().at(1).value<HealthInfo>().status, HealthStatus::Healthy);
        QCOMPARE(monitor.samplesSince(kName, clock.wallNow()).size(), 1);
        QCOMPARE(monitor.samplesSince(kName, clock.wallNow().addMSecs(1)).size(), 0);
    }

    void probeAllStartsEveryProbeBeforeAnyAnswers()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        QList<std::shared_ptr<FakeStt>> fakes;
        for (const char* name : {"a_stt", "b_stt", "c_stt"}) {
            fakes.append(std::make_shared<FakeStt>(QString::fromLatin1(name), &clock));
            fakes.last()->ledger->probeScript = {FakeOutcome::held()};
            directory.add(fakes.last(), 10 * int(fakes.size()));
        }
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        monitor.probeAll();
        QCOMPARE(monitor.probesInFlight(), 3);
        QTRY_VERIFY(std::all_of(fakes.cbegin(), fakes.cend(),
                                [](const auto& f) { return f->ledger->held.size() == 1; }));
        monitor.probeAll(); // probes in flight are not doubled
        QCOMPARE(fakes[0]->ledger->probes, 1);
        releaseHeld<ProbeJob>(fakes[2]->ledger, 0, FakeOutcome::ok(40ms));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("c_stt")); // results as they come
        releaseHeld<ProbeJob>(fakes[0]->ledger, 0, FakeOutcome::fail(ErrorKind::Server, 500));
        releaseHeld<ProbeJob>(fakes[1]->ledger, 0, FakeOutcome::ok());
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(monitor.status(QStringLiteral("c_stt")), HealthStatus::Healthy);
        QCOMPARE(monitor.status(QStringLiteral("a_stt")), HealthStatus::Degraded);
        QVERIFY(monitor.history(QStringLiteral("c_stt")).last().probe);
    }

    void probeAllSkipsWhatCannotOrMustNotBeProbed()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        auto ok = std::make_shared<FakeStt>(QStringLiteral("ok_stt"));
        auto off = std::make_shared<FakeStt>(QStringLiteral("disabled_stt"));
        auto unconfigured = std::make_shared<FakeStt>(QStringLiteral("unconfigured_stt"));
        auto attention = std::make_shared<FakeStt>(QStringLiteral("attention_stt"));
        auto tts = std::make_shared<FakeTts>(QStringLiteral("ok_tts"), QList<Voice>{});
        directory.add(ok, 1);
        directory.add(off, 2).info.enabled = false;
        directory.add(unconfigured, 3).configured = false;
        directory.add(attention, 4);
        directory.add(tts, 5);
        state.markNeedsAttention(QStringLiteral("attention_stt"), QStringLiteral("auth 401: bad key"));
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        monitor.probeAll();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(ok->ledger->probes, 1);
        QCOMPARE(tts->ledger->probes, 1);
        QCOMPARE(off->ledger->probes, 0);
        QCOMPARE(unconfigured->ledger->probes, 0);
        QCOMPARE(attention->ledger->probes, 0);
    }

    void probeBudgetLimitsAutomaticProbes_data()
    {
        QTest::addColumn<int>("perHour");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("allowed");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("refillHours"); // after this long another probe may run
        QTest::newRow("per day") << 0 << 2 << 2 << QStringLiteral("probe budget of 2/day used") << 24;
        QTest::newRow("per hour") << 3 << 0 << 3 << QStringLiteral("probe budget of 3/hour used") << 1;
        QTest::newRow("hour within day")
            << 1 << 20 << 1 << QStringLiteral("probe budget of 1/hour used") << 1;
    }
    void probeBudgetLimitsAutomaticProbes()
    {
        QFETCH(int, perHour);
        QFETCH(int, perDay);
        QFETCH(int, allowed);
        QFETCH(QString, reason);
        QFETCH(int, refillHours);
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        auto metered = std::make_shared<FakeStt>(kName);
        auto free = std::make_shared<FakeStt>(QStringLiteral("free_stt"));
        directory.add(metered, 1).probeBudget = ProbeBudget{perHour, perDay};
        directory.add(free, 2);
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        QSignalSpy skipped(&monitor, &HealthMonitor::probeSkipped);
        const int rounds = allowed + 2;
        for (int i = 0; i < rounds; ++i) {
            monitor.probeAll();
            QTRY_COMPARE(monitor.probesInFlight(), 0);
            clock.advance(1min);
        }
        QCOMPARE(metered->ledger->probes, allowed);
        QCOMPARE(free->ledger->probes, rounds); // no budget: never skipped
        QCOMPARE(skipped.count(), rounds - allowed);
        QCOMPARE(skipped.at(0).at(0).toString(), kName);
        QCOMPARE(skipped.at(0).at(1).toString(), reason);
        QCOMPARE(monitor.probeBudgetExhausted(*directory.candidate(kName)), std::optional(reason));

        // An explicit probe (the Test button, `health --provider`) is the user's call: it runs.
        QVERIFY(monitor.probe(kName));
        QTRY_COMPARE(monitor.probesInFlight(), 0);
        QCOMPARE(metered->ledger->probes, allowed + 1);

        // The budget refills as its window moves past the spent probes.
        clock.advance(std::chrono::hours(refillHours) + 1min);
        QCOMPARE(monitor.probeBudgetExhausted(*directory.candidate(kName)), std::nullopt);
        monitor.probeAll();
        QTRY_COMPARE(monitor.probesInFlight(), 0);
        QCOMPARE(metered->ledger->probes, allowed + 2);
    }

    void invalidAudioMarkSurvivesTheStateFile()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        state.recordCall(kName, err(ErrorKind::InvalidResponse), 5ms, true);
        state.recordCall(kName, err(ErrorKind::InvalidResponse), 5ms);
        const ProviderHealth& health = state.health(kName);
        QVERIFY(health.history().at(0).invalidAudio);
        QVERIFY(!health.history().at(1).invalidAudio);
        const auto restored = ProviderHealth::fromJson(health.toJson());
        QVERIFY(restored.has_value());
        QVERIFY(restored->history().at(0).invalidAudio);
        QVERIFY(!restored->history().at(1).invalidAudio);
        // Samples written before the mark existed (five fields) still read, as not invalid audio.
        QJsonArray old = health.history().at(0).toJson();
        QCOMPARE(old.size(), 6);
        old.removeLast();
        const auto legacy = HealthSample::fromJson(old);
        QVERIFY(legacy.has_value());
        QVERIFY(!legacy->invalidAudio);
    }

    void probeBudgetComesFromTheSettings()
    {
        const ProbeBudget none = ProbeBudget::fromSettings({});
        QVERIFY(!none.isLimited());
        const ProbeBudget set = ProbeBudget::fromSettings(
            {{"probe_budget_per_hour", 4}, {"probe_budget_per_day", 20}, {"base_url", "https://x"}});
        QCOMPARE(set.perHour, 4);
        QCOMPARE(set.perDay, 20);
        QCOMPARE(
            set.toJson({3, 17}),
            (QJsonObject{{"per_hour", 4}, {"per_day", 20}, {"used_last_hour", 3}, {"used_last_day", 17}}));
    }

    void explicitProbeRunsDespiteAttentionAndClearsItOnSuccess()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        auto fake = std::make_shared<FakeStt>(kName);
        directory.add(fake, 1);
        state.markNeedsAttention(kName, QStringLiteral("auth 401"));
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        QVERIFY(monitor.probe(kName));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(1).toBool());
        QVERIFY(!state.needsAttention(kName));
        QVERIFY(!monitor.probe(QStringLiteral("nonexistent")));
    }

    void probeSuccessHalfOpensAnOpenBreaker()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        directory.add(std::make_shared<FakeStt>(kName), 1);
        for (int i = 0; i < 5; ++i)
            state.recordCall(kName, err(ErrorKind::Server), 1ms);
        QCOMPARE(state.breaker(kName)->state(), BreakerState::Open);
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        monitor.probeAll();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(state.breaker(kName)->state(), BreakerState::HalfOpen);
        QCOMPARE(monitor.status(kName), HealthStatus::Degraded);
    }

    void probeFailureLeavesTheBreakerAlone()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        auto fake = std::make_shared<FakeStt>(kName);
        fake->ledger->probeScript = QList<FakeOutcome>(6, FakeOutcome::fail(ErrorKind::Server, 503));
        directory.add(fake, 1);
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        for (int i = 0; i < 6; ++i) {
            monitor.probeAll();
            QTRY_COMPARE(finished.count(), i + 1);
        }
        QCOMPARE(state.breaker(kName)->state(), BreakerState::Closed);
        QCOMPARE(monitor.summary(kName).consecutiveFailures, 6);
    }

    void probeWithoutAnswerTimesOut()
    {
        FakeClock clock;
        HealthSettings settings;
        settings.probeTimeoutMs = 20; // below what the config accepts: the test need not wait
        ResilienceState state({}, settings, clock);
        FakeDirectory directory;
        auto fake = std::make_shared<FakeStt>(kName);
        fake->ledger->probeScript = {FakeOutcome::held()};
        directory.add(fake, 1);
        HealthMonitor monitor(state, directory);
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        monitor.probeAll();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.at(0).at(1).toBool());
        QCOMPARE(monitor.history(kName).last().error, std::optional(ErrorKind::Timeout));
        QCOMPARE(fake->ledger->cancelled, 1);
        // The message names the setting that bounds the wait.
        QVERIFY2(state.health(kName).lastError().contains(QLatin1String("health.probe_timeout_ms")),
                 qPrintable(state.health(kName).lastError()));
    }

    void probeIntervalHasJitter()
    {
        FakeClock clock;
        HealthSettings settings;
        settings.probeIntervalSeconds = 60;
        ResilienceState state({}, settings, clock);
        FakeDirectory directory;
        HealthMonitor monitor(state, directory);
        monitor.setJitterSource([] { return 0.0; });
        QCOMPARE(monitor.nextProbeDelay(), 54000ms);
        monitor.setJitterSource([] { return 1.0; });
        QCOMPARE(monitor.nextProbeDelay(), 66000ms);
        monitor.setJitterSource([] { return 0.5; });
        QCOMPARE(monitor.nextProbeDelay(), 60000ms);
    }

    void scheduledProbingProbesAgainAndAgain()
    {
        FakeClock clock;
        HealthSettings settings;
        settings.probeIntervalSeconds = 1;
        ResilienceState state({}, settings, clock);
        FakeDirectory directory;
        auto fake = std::make_shared<FakeStt>(kName);
        directory.add(fake, 1);
        HealthMonitor monitor(state, directory);
        monitor.setJitterSource([] { return 0.0; }); // 900 ms
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        monitor.startProbing();
        QVERIFY(monitor.isProbingScheduled());
        QCOMPARE(fake->ledger->probes, 0); // the first round waits for the interval
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        monitor.stopProbing();
        QVERIFY(!monitor.isProbingScheduled());
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
