#include "core/resilience/healthmonitor.h"
#include "core/resilience/providerdirectory.h"
#include "core/resilience/resiliencestate.h"
#include "tests/support/fakeclock.h"
#include "ui/charts/charthistory.h"
#include "ui/health/healthchartfeed.h"

#include <QTest>

using namespace vd;
using std::chrono::milliseconds;

namespace {

// The feed needs no providers, only the monitor's time series.
class NoProviders : public ProviderDirectory
{
public:
    QList<RouteCandidate> candidates(ProviderCategory) override { return {}; }
    std::optional<RouteCandidate> candidate(const QString&) override { return std::nullopt; }
};

} // namespace

class TestHealthChartFeed : public QObject
{
    Q_OBJECT

private:
    test::FakeClock m_clock;

private Q_SLOTS:
    void resyncCopiesTheSavedPastInOrder()
    {
        NoProviders directory;
        ResilienceState state({}, {}, m_clock);
        HealthMonitor monitor(state, directory);
        state.recordCall(QStringLiteral("a"), std::nullopt, milliseconds(100));
        m_clock.advance(milliseconds(1000));
        state.recordCall(QStringLiteral("b"), std::nullopt, milliseconds(200));
        ChartHistory history;
        HealthChartFeed feed(monitor, history);
        feed.resync({QStringLiteral("b"), QStringLiteral("a")});
        QCOMPARE(history.providers(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(history.samples(QStringLiteral("a")).size(), 1);
        QCOMPARE(history.samples(QStringLiteral("b")).constFirst().latencyMs, 200.0);
    }

    void eachNewSampleIsAppendedOnceEvenWithEqualTimes()
    {
        NoProviders directory;
        ResilienceState state({}, {}, m_clock);
        HealthMonitor monitor(state, directory);
        state.recordCall(QStringLiteral("a"), std::nullopt, milliseconds(100));
        ChartHistory history;
        HealthChartFeed feed(monitor, history);
        feed.resync({QStringLiteral("a")});
        // The fake clock stands still: three samples share the resynced sample's timestamp.
        state.recordCall(QStringLiteral("a"), std::nullopt, milliseconds(110));
        state.recordCall(QStringLiteral("a"),
                         ProviderError::make(ErrorKind::Server, QStringLiteral("x"), 500), milliseconds(120));
        state.recordProbe(QStringLiteral("a"), std::nullopt, milliseconds(130));
        const QList<ChartSample> samples = history.samples(QStringLiteral("a"));
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples.at(1).latencyMs, 110.0);
        QVERIFY(!samples.at(2).ok);
        QCOMPARE(samples.at(3).latencyMs, 130.0);
        // Issue #17: the charts tell probes from real requests (the health history says which).
        QVERIFY(!samples.at(1).probe);
        QVERIFY(!samples.at(2).probe);
        QVERIFY(samples.at(3).probe);
        m_clock.advance(milliseconds(5));
        state.recordCall(QStringLiteral("a"), std::nullopt, milliseconds(140));
        QCOMPARE(history.samples(QStringLiteral("a")).size(), 5);
    }

    void carriesTheStatusAfterEachSample()
    {
        NoProviders directory;
        BreakerSettings breaker;
        breaker.consecutiveFailures = 1;
        ResilienceState state(breaker, {}, m_clock);
        HealthMonitor monitor(state, directory);
        ChartHistory history;
        HealthChartFeed feed(monitor, history);
        state.recordCall(QStringLiteral("new"), std::nullopt, milliseconds(10));
        m_clock.advance(milliseconds(5));
        state.recordCall(QStringLiteral("new"),
                         ProviderError::make(ErrorKind::Timeout, QStringLiteral("slow")),
                         milliseconds(30000));
        const QList<ChartSample> samples = history.samples(QStringLiteral("new"));
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0).status, HealthStatus::Healthy);
        QCOMPARE(samples.at(1).status, HealthStatus::Unhealthy); // the breaker tripped
        QCOMPARE(samples.at(1).latencyMs, 30000.0);
    }
};

QTEST_GUILESS_MAIN(TestHealthChartFeed)
#include "tst_healthchartfeed.moc"
