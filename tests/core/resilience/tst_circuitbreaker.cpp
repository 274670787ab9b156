#include "core/resilience/circuitbreaker.h"
#include "tests/support/fakeclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::BreakerState)

namespace {

BreakerSettings settings(int consecutive, int ratePercent, int window, int minimum, int slowMs = 10000,
                         int slowRatePercent = 100)
{
    BreakerSettings s;
    s.consecutiveFailures = consecutive;
    s.failureRatePercent = ratePercent;
    s.windowCalls = window;
    s.minimumCalls = minimum;
    s.slowCallMs = slowMs;
    s.slowCallRatePercent = slowRatePercent;
    return s;
}

// Feeds a call script: '.' fast success, 's' slow success, 'F' fast failure, 'S' slow failure,
// 'i' ignored. Returns the index of the call that opened the circuit, or -1.
int feed(CircuitBreaker& breaker, const QString& script)
{
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!breaker.tryAcquire().granted)
            return -2; // a closed breaker refused a call
        const auto latency = (c == QLatin1Char('s') || c == QLatin1Char('S')) ? 1h : 1ms;
        if (c == QLatin1Char('i'))
            breaker.onIgnored();
        else if (c == QLatin1Char('F') || c == QLatin1Char('S'))
            breaker.onFailure(latency);
        else
            breaker.onSuccess(latency);
        if (breaker.state() == BreakerState::Open)
            return i;
    }
    return -1;
}

void trip(CircuitBreaker& breaker)
{
    for (int i = 0; i < 100 && breaker.state() == BreakerState::Closed; ++i)
        breaker.onFailure(1ms);
    QCOMPARE(breaker.state(), BreakerState::Open);
}

} // namespace

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<BreakerState>(); }

    void startsClosedAndAllowsCalls()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        QCOMPARE(breaker.state(), BreakerState::Closed);
        const BreakerPermit permit = breaker.tryAcquire();
        QVERIFY(permit.granted);
        QCOMPARE(permit.state, BreakerState::Closed);
        QCOMPARE(breaker.remainingOpenTime(), 0ms);
        QVERIFY(!breaker.openUntil().isValid());
    }

    void tripsPerCallScript_data()
    {
        QTest::addColumn<BreakerSettings>("config");
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("tripsAt");

        const BreakerSettings defaults;
        QTest::newRow("5 consecutive failures open (default)") << defaults << "FFFFF" << 4;
        QTest::newRow("4 consecutive failures stay closed") << defaults << "FFFF" << -1;
        QTest::newRow("a success breaks the run") << defaults << "FFFF.FFFF" << -1;
        QTest::newRow("ignored calls neither break nor extend the run") << defaults << "FFiiFFiF" << 7;
        QTest::newRow("consecutive rule of 1") << settings(1, 0, 20, 10) << ".F" << 1;
        QTest::newRow("default rate rule: 50 % of 10 calls") << defaults << ".F.F.F.F.F" << 9;
        QTest::newRow("rate waits for the minimum calls") << settings(0, 50, 20, 10) << "F.F.F.F.F" << -1;
        QTest::newRow("rate trips at the minimum calls") << settings(0, 50, 20, 10) << "F.F.F.F.F." << 9;
        QTest::newRow("rate below threshold stays closed")
            << settings(0, 50, 20, 10) << "F..F..F..F..F.." << -1;
        QTest::newRow("rate of 100 needs every call failed") << settings(0, 100, 5, 5) << "FFFF.F" << -1;
        QTest::newRow("rate of 100 trips when all failed") << settings(0, 100, 5, 5) << "FFFFF" << 4;
        QTest::newRow("window slides: only the last calls count")
            << settings(0, 60, 5, 5) << "FF.....FFF" << 9;
        QTest::newRow("minimum above window uses the window") << settings(0, 50, 4, 10) << "FF.." << 3;
        QTest::newRow("ignored calls do not count toward the minimum")
            << settings(0, 50, 20, 4) << "FiFii.." << 6;
        QTest::newRow("slow calls below slow rate stay closed")
            << settings(0, 0, 5, 5, 100, 100) << "ssss.s" << -1;
        QTest::newRow("slow calls trip at the slow rate") << settings(0, 0, 5, 5, 100, 100) << "sssss" << 4;
        QTest::newRow("slow rate of 50") << settings(0, 0, 4, 4, 100, 50) << "s.s." << 3;
        QTest::newRow("slow failures count as slow too") << settings(0, 0, 5, 5, 100, 100) << "SSsSs" << 4;
        QTest::newRow("slow detection off with slow_call_ms 0")
            << settings(0, 0, 5, 5, 0, 100) << "sssssss" << -1;
        QTest::newRow("all rules off") << settings(0, 0, 5, 5, 0, 0) << "FFFFFFFFFFFF" << -1;
    }

    void tripsPerCallScript()
    {
        QFETCH(BreakerSettings, config);
        QFETCH(QString, script);
        QFETCH(int, tripsAt);
        test::FakeClock clock;
        CircuitBreaker breaker(config, clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        QCOMPARE(feed(breaker, script), tripsAt);
        QCOMPARE(spy.count(), tripsAt < 0 ? 0 : 1);
    }

    void windowHoldsAtMostWindowCalls()
    {
        test::FakeClock clock;
        CircuitBreaker breaker(settings(0, 0, 5, 5, 0, 0), clock);
        feed(breaker, QStringLiteral("FFFFF....."));
        QCOMPARE(breaker.window().size(), 5);
        QCOMPARE(breaker.failureRatePercent(), 0.0);
        feed(breaker, QStringLiteral("FF"));
        QCOMPARE(breaker.failureRatePercent(), 40.0);
    }

    void openRejectsUntilTheOpenTimeIsUp()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock); // open_seconds 300
        trip(breaker);
        const QDateTime tripWall = clock.wallNow();
        BreakerPermit permit = breaker.tryAcquire();
        QVERIFY(!permit.granted);
        QCOMPARE(permit.state, BreakerState::Open);
        QCOMPARE(permit.retryIn, 300000ms);
        QVERIFY(permit.openUntil.has_value());
        QCOMPARE(*permit.openUntil, tripWall.addSecs(300));
        QCOMPARE(permit.error(QStringLiteral("openai_stt")).kind, ErrorKind::CircuitOpen);
        QVERIFY(permit.error(QStringLiteral("openai_stt")).message.contains(QStringLiteral("openai_stt")));

        clock.advance(299999ms);
        QVERIFY(!breaker.tryAcquire().granted);
        QCOMPARE(breaker.remainingOpenTime(), 1ms);
        QCOMPARE(breaker.openUntil(), tripWall.addSecs(300));
        clock.advance(1ms);
        permit = breaker.tryAcquire();
        QVERIFY(permit.granted);
        QCOMPARE(permit.state, BreakerState::HalfOpen);
    }

    void openMovesToHalfOpenLazilyOnStateQuery()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        trip(breaker);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        clock.advance(300s);
        QCOMPARE(spy.count(), 0); // no timers: nothing happens until someone asks
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<BreakerState>(), BreakerState::Open);
        QCOMPARE(spy.at(0).at(1).value<BreakerState>(), BreakerState::HalfOpen);
    }

    void halfOpenHandsOutOnlyItsPermits_data()
    {
        QTest::addColumn<int>("permits");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }

    void halfOpenHandsOutOnlyItsPermits()
    {
        QFETCH(int, permits);
        test::FakeClock clock;
        BreakerSettings s;
        s.halfOpenCalls = permits;
        CircuitBreaker breaker(s, clock);
        trip(breaker);
        clock.advance(300s);
        for (int i = 0; i < permits; ++i)
            QVERIFY(breaker.tryAcquire().granted);
        const BreakerPermit extra = breaker.tryAcquire();
        QVERIFY(!extra.granted); // rejected, not queued
        QCOMPARE(extra.state, BreakerState::HalfOpen);
        QCOMPARE(extra.error(QStringLiteral("x")).kind, ErrorKind::CircuitOpen);
        QVERIFY(!breaker.tryAcquire().granted);
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
    }

    void halfOpenClosesAfterEveryTrialSucceeded()
    {
        test::FakeClock clock;
        BreakerSettings s;
        s.halfOpenCalls = 3;
        CircuitBreaker breaker(s, clock);
        trip(breaker);
        clock.advance(300s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(breaker.tryAcquire().granted);
        breaker.onSuccess(1ms);
        breaker.onSuccess(1ms);
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
        breaker.onSuccess(1ms);
        QCOMPARE(breaker.state(), BreakerState::Closed);
        QVERIFY(breaker.window().isEmpty());
    }

    void halfOpenFailureReopens()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        trip(breaker);
        clock.advance(300s);
        QVERIFY(breaker.tryAcquire().granted);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.onFailure(1ms);
        QCOMPARE(breaker.state(), BreakerState::Open);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<BreakerState>(), BreakerState::HalfOpen);
        QVERIFY(!breaker.tryAcquire().granted);
    }

    void halfOpenIgnoredOutcomeReturnsThePermit()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        trip(breaker);
        clock.advance(300s);
        QVERIFY(breaker.tryAcquire().granted);
        QVERIFY(!breaker.tryAcquire().granted);
        breaker.onIgnored(); // e.g. bad_request or cancelled: no verdict
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
        QVERIFY(breaker.tryAcquire().granted);
        QVERIFY(!breaker.tryAcquire().granted);
    }

    void ignoredOutcomesInClosedCountNeitherWay()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        breaker.onFailure(1ms);
        for (int i = 0; i < 50; ++i)
            breaker.onIgnored();
        QCOMPARE(breaker.window().size(), 1);
        QCOMPARE(breaker.consecutiveFailures(), 1);
        QCOMPARE(breaker.state(), BreakerState::Closed);
    }

    void openDurationGrowsPerReopenUpToTheCap()
    {
        test::FakeClock clock;
        BreakerSettings s;
        s.openSeconds = 10;
        s.openBackoffMultiplier = 2.0;
        s.openSecondsMax = 35;
        CircuitBreaker breaker(s, clock);
        trip(breaker);
        QCOMPARE(breaker.remainingOpenTime(), 10s);
        for (const auto expected : {20s, 35s, 35s}) {
            clock.advance(breaker.remainingOpenTime());
            QVERIFY(breaker.tryAcquire().granted);
            breaker.onFailure(1ms);
            QCOMPARE(breaker.remainingOpenTime(), std::chrono::milliseconds(expected));
        }
        QCOMPARE(breaker.consecutiveReopens(), 3);
    }

    void multiplierOfOneKeepsTheOpenTime()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        trip(breaker);
        clock.advance(300s);
        QVERIFY(breaker.tryAcquire().granted);
        breaker.onFailure(1ms);
        QCOMPARE(breaker.remainingOpenTime(), 300s);
    }

    void successfulCloseResetsTheBackoff()
    {
        test::FakeClock clock;
        BreakerSettings s;
        s.openSeconds = 10;
        s.openBackoffMultiplier = 3.0;
        CircuitBreaker breaker(s, clock);
        trip(breaker);
        clock.advance(10s);
        QVERIFY(breaker.tryAcquire().granted);
        breaker.onFailure(1ms);
        QCOMPARE(breaker.remainingOpenTime(), 30s);
        clock.advance(30s);
        QVERIFY(breaker.tryAcquire().granted);
        breaker.onSuccess(1ms);
        QCOMPARE(breaker.state(), BreakerState::Closed);
        QCOMPARE(breaker.consecutiveReopens(), 0);
        trip(breaker);
        QCOMPARE(breaker.remainingOpenTime(), 10s);
    }

    void probeSuccessMovesOpenToHalfOpenEarly()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        trip(breaker);
        clock.advance(10s);
        breaker.onProbeSuccess();
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
        QVERIFY(breaker.tryAcquire().granted);
    }

    void lateOutcomesWhileOpenChangeNothing()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        trip(breaker);
        const QDateTime until = breaker.openUntil();
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.onSuccess(1ms);
        breaker.onFailure(1ms);
        breaker.onIgnored();
        QCOMPARE(breaker.state(), BreakerState::Open);
        QCOMPARE(breaker.openUntil(), until);
        QCOMPARE(spy.count(), 0);
    }

    void shrinkingTheWindowDropsTheOldestCalls()
    {
        test::FakeClock clock;
        CircuitBreaker breaker(settings(0, 0, 10, 10, 0, 0), clock);
        feed(breaker, QStringLiteral("FFFF......"));
        BreakerSettings smaller = settings(0, 50, 4, 4, 0, 0);
        breaker.setSettings(smaller);
        QCOMPARE(breaker.window().size(), 4);
        QCOMPARE(breaker.failureRatePercent(), 0.0);
    }

    void fullCycleEmitsEachTransitionOnce()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        trip(breaker);
        clock.advance(300s);
        QVERIFY(breaker.tryAcquire().granted);
        breaker.onFailure(1ms);
        clock.advance(300s);
        QVERIFY(breaker.tryAcquire().granted);
        breaker.onSuccess(1ms);
        QCOMPARE(spy.count(), 5); // C→O, O→H, H→O, O→H, H→C
        QCOMPARE(spy.last().at(1).value<BreakerState>(), BreakerState::Closed);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
