#include "core/resilience/circuitbreaker.h"
#include "tests/support/fakeclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::BreakerState)

namespace {

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

// Manual controls (reset, force open, disable), probe effects and snapshots of the breaker.
class TestBreakerControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<BreakerState>(); }

    void probeSuccessChangesNothingOutsideOpen_data()
    {
        QTest::addColumn<int>("setup"); // 0 closed, 1 half-open, 2 forced open, 3 disabled
        QTest::newRow("closed") << 0;
        QTest::newRow("half-open") << 1;
        QTest::newRow("forced open") << 2;
        QTest::newRow("disabled") << 3;
    }

    void probeSuccessChangesNothingOutsideOpen()
    {
        QFETCH(int, setup);
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        if (setup == 1) {
            trip(breaker);
            clock.advance(300s);
        } else if (setup == 2) {
            breaker.forceOpen();
        } else if (setup == 3) {
            breaker.disable();
        }
        const BreakerState before = breaker.state();
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.onProbeSuccess();
        QCOMPARE(breaker.state(), before);
        QCOMPARE(spy.count(), 0);
    }

    void resetClosesAndClearsEverything_data()
    {
        QTest::addColumn<int>("setup"); // 0 closed with failures, 1 open, 2 half-open, 3 forced, 4 disabled
        QTest::newRow("closed with failures") << 0;
        QTest::newRow("open") << 1;
        QTest::newRow("half-open") << 2;
        QTest::newRow("forced open") << 3;
        QTest::newRow("disabled") << 4;
    }

    void resetClosesAndClearsEverything()
    {
        QFETCH(int, setup);
        test::FakeClock clock;
        BreakerSettings s;
        s.openBackoffMultiplier = 2.0;
        CircuitBreaker breaker(s, clock);
        breaker.onFailure(1ms);
        breaker.onFailure(1ms);
        if (setup >= 1)
            trip(breaker);
        if (setup == 2) {
            clock.advance(breaker.remainingOpenTime());
            QVERIFY(breaker.tryAcquire().granted);
            breaker.onFailure(1ms); // a re-open, so there is backoff to clear
            clock.advance(breaker.remainingOpenTime());
            QCOMPARE(breaker.state(), BreakerState::HalfOpen);
        }
        if (setup == 3)
            breaker.forceOpen();
        if (setup == 4)
            breaker.disable();
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.reset();
        QCOMPARE(breaker.state(), BreakerState::Closed);
        QCOMPARE(spy.count(), setup == 0 ? 0 : 1);
        QVERIFY(breaker.window().isEmpty());
        QCOMPARE(breaker.consecutiveFailures(), 0);
        QCOMPARE(breaker.consecutiveReopens(), 0);
        QCOMPARE(breaker.nextOpenDuration(), 300s);
    }

    void forceOpenRejectsUntilReset()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        breaker.forceOpen();
        QCOMPARE(breaker.state(), BreakerState::ForcedOpen);
        clock.advance(24h);
        const BreakerPermit permit = breaker.tryAcquire();
        QVERIFY(!permit.granted);
        QCOMPARE(permit.state, BreakerState::ForcedOpen);
        QCOMPARE(breaker.state(), BreakerState::ForcedOpen); // never moves to HALF_OPEN by itself
        QVERIFY(!breaker.openUntil().isValid());
        breaker.onSuccess(1ms);
        QCOMPARE(breaker.state(), BreakerState::ForcedOpen);
        breaker.reset();
        QVERIFY(breaker.tryAcquire().granted);
    }

    void disabledAllowsEverythingAndCountsNothing()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        breaker.disable();
        for (int i = 0; i < 50; ++i) {
            QVERIFY(breaker.tryAcquire().granted);
            breaker.onFailure(1h);
        }
        QCOMPARE(breaker.state(), BreakerState::Disabled);
        QVERIFY(breaker.window().isEmpty());
    }

    void manualControlFromEveryState_data()
    {
        QTest::addColumn<BreakerState>("from");
        QTest::addColumn<QString>("control");
        QTest::addColumn<BreakerState>("to");
        const QList<BreakerState> states{BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen,
                                         BreakerState::ForcedOpen, BreakerState::Disabled};
        const QList<std::pair<QString, BreakerState>> controls{
            {QStringLiteral("reset"), BreakerState::Closed},
            {QStringLiteral("forceOpen"), BreakerState::ForcedOpen},
            {QStringLiteral("disable"), BreakerState::Disabled}};
        for (BreakerState from : states) {
            for (const auto& [control, to] : controls) {
                QTest::addRow("%s %s", qPrintable(breakerStateName(from)), qPrintable(control))
                    << from << control << to;
            }
        }
    }

    void manualControlFromEveryState()
    {
        QFETCH(BreakerState, from);
        QFETCH(QString, control);
        QFETCH(BreakerState, to);
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        if (from == BreakerState::Open || from == BreakerState::HalfOpen)
            trip(breaker);
        if (from == BreakerState::HalfOpen)
            clock.advance(300s);
        if (from == BreakerState::ForcedOpen)
            breaker.forceOpen();
        if (from == BreakerState::Disabled)
            breaker.disable();
        QCOMPARE(breaker.state(), from);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        if (control == QLatin1String("reset"))
            breaker.reset();
        else if (control == QLatin1String("forceOpen"))
            breaker.forceOpen();
        else
            breaker.disable();
        QCOMPARE(breaker.state(), to);
        QCOMPARE(spy.count(), from == to ? 0 : 1);
        if (from != to) {
            QCOMPARE(spy.at(0).at(0).value<BreakerState>(), from);
            QCOMPARE(spy.at(0).at(1).value<BreakerState>(), to);
        }
        QCOMPARE(breaker.tryAcquire().granted, to != BreakerState::ForcedOpen);
    }

    void manualControlsEmitOnlyRealTransitions()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.reset();
        QCOMPARE(spy.count(), 0);
        breaker.forceOpen();
        breaker.forceOpen();
        QCOMPARE(spy.count(), 1);
        breaker.disable();
        breaker.disable();
        QCOMPARE(spy.count(), 2);
        breaker.reset();
        breaker.reset();
        QCOMPARE(spy.count(), 3);
        const QList<std::pair<BreakerState, BreakerState>> expected{
            {BreakerState::Closed, BreakerState::ForcedOpen},
            {BreakerState::ForcedOpen, BreakerState::Disabled},
            {BreakerState::Disabled, BreakerState::Closed}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(spy.at(i).at(0).value<BreakerState>(), expected[i].first);
            QCOMPARE(spy.at(i).at(1).value<BreakerState>(), expected[i].second);
        }
    }

    void snapshotRestoresOpenTimeAsWallTime()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        breaker.onFailure(1ms);
        trip(breaker);
        clock.advance(100s);
        const BreakerSnapshot snapshot = breaker.snapshot();
        QCOMPARE(snapshot.state, BreakerState::Open);
        QCOMPARE(snapshot.openUntil, clock.wallNow().addSecs(200));

        const auto json = BreakerSnapshot::fromJson(snapshot.toJson());
        QVERIFY(json.has_value());
        QCOMPARE(*json, snapshot);

        test::FakeClock later; // another process, started 50 s after the snapshot (wall time)
        later.setWallNow(clock.wallNow().addSecs(50));
        CircuitBreaker restored({}, later);
        QSignalSpy spy(&restored, &CircuitBreaker::stateChanged);
        restored.restore(*json);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(restored.state(), BreakerState::Open);
        QCOMPARE(restored.remainingOpenTime(), 150s);
        later.advance(150s);
        QCOMPARE(restored.state(), BreakerState::HalfOpen);
    }

    void snapshotKeepsWindowAndCounters()
    {
        test::FakeClock clock;
        CircuitBreaker breaker({}, clock);
        feed(breaker, QStringLiteral(".sFFS"));
        const BreakerSnapshot snapshot = breaker.snapshot();
        CircuitBreaker restored({}, clock);
        restored.restore(*BreakerSnapshot::fromJson(snapshot.toJson()));
        QCOMPARE(restored.window(), breaker.window());
        QCOMPARE(restored.consecutiveFailures(), 3);
        restored.onFailure(1ms);
        restored.onFailure(1ms);
        QCOMPARE(restored.state(), BreakerState::Open);
    }

    void corruptSnapshotIsRejected()
    {
        QVERIFY(!BreakerSnapshot::fromJson({{QStringLiteral("state"), QStringLiteral("AJAR")}}));
        QVERIFY(
            !BreakerSnapshot::fromJson({{QStringLiteral("state"), QStringLiteral("OPEN")}})); // no open_until
        QVERIFY(!BreakerSnapshot::fromJson({{QStringLiteral("state"), QStringLiteral("CLOSED")},
                                            {QStringLiteral("window"), QStringLiteral("F?")}}));
    }
};

QTEST_GUILESS_MAIN(TestBreakerControls)
#include "tst_breakercontrols.moc"
