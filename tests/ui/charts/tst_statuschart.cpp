#include "tests/support/fakeclock.h"
#include "ui/charts/charthistory.h"
#include "ui/charts/statuschart.h"

#include <QAreaSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestStatusChart : public QObject
{
    Q_OBJECT
private:
    test::FakeClock m_clock;

    static double highestY(const QAreaSeries* band)
    {
        double top = -1e9;
        for (const QPointF& p : band->upperSeries()->points())
            top = std::max(top, p.y());
        return top;
    }

private slots:
    void eachStatusFillsOnlyWhereItHolds()
    {
        ChartHistory history;
        StatusChart chart;
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        chart.setRange(ChartRange::FiveMinutes);
        const QDateTime now = m_clock.wallNow();
        history.appendSample("p", {now.addSecs(-200), 10.0, HealthStatus::Healthy, true});
        history.appendSample("p", {now.addSecs(-100), 10.0, HealthStatus::Unhealthy, false});
        QSignalSpy refreshed(&chart, &HistoryChartView::refreshed);
        QVERIFY(refreshed.wait(5000));

        const QAreaSeries* healthy = chart.bandFor("p", HealthStatus::Healthy);
        const QAreaSeries* unhealthy = chart.bandFor("p", HealthStatus::Unhealthy);
        const QAreaSeries* degraded = chart.bandFor("p", HealthStatus::Degraded);
        QVERIFY(healthy && unhealthy && degraded);
        QCOMPARE(healthy->upperSeries()->count(), 6);   // start, one raised segment, end
        QCOMPARE(unhealthy->upperSeries()->count(), 6);
        QCOMPARE(degraded->upperSeries()->count(), 2);  // flat: never degraded
        QVERIFY(highestY(healthy) > highestY(degraded));
        QCOMPARE(healthy->brush().color(), StatusChart::statusColour(HealthStatus::Healthy));
        // The unhealthy stretch starts at its sample and runs to now.
        const QList<QPointF> raised = unhealthy->upperSeries()->points();
        QVERIFY(std::abs(raised.at(1).x() - double(now.addSecs(-100).toMSecsSinceEpoch())) <= 1000.0);
        QCOMPARE(raised.at(3).x(), double(now.toMSecsSinceEpoch()));
    }

    void providersGetSeparateRowsAndTheLegendListsStatusesOnce()
    {
        ChartHistory history;
        StatusChart chart;
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        const QDateTime now = m_clock.wallNow();
        for (const QString provider : {"a", "b", "c"})
            history.appendSample(provider, {now.addSecs(-60), 10.0, HealthStatus::Healthy, true});
        chart.refreshNow();
        QCOMPARE(chart.chart()->series().size(), 12);
        // The first provider is the top row.
        QVERIFY(highestY(chart.bandFor("a", HealthStatus::Healthy)) > highestY(chart.bandFor("b", HealthStatus::Healthy)));
        const auto visibleMarkers = [&chart] {
            int visible = 0;
            for (QLegendMarker* marker : chart.chart()->legend()->markers())
                visible += marker->isVisible() ? 1 : 0;
            return visible;
        };
        QTRY_COMPARE_WITH_TIMEOUT(visibleMarkers(), 4, 5000); // the legend lays out on the event loop
    }

    void aDayOfFlappingStaysWithinTheColumnBudget()
    {
        ChartHistory history;
        StatusChart chart;
        chart.resize(600, 300);
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        chart.setRange(ChartRange::OneDay);
        const QDateTime now = m_clock.wallNow();
        QList<ChartSample> samples;
        for (qint64 s = 86400; s >= 0; s -= 30)
            samples.append({now.addSecs(-s), 10.0, (s / 30) % 3 ? HealthStatus::Healthy : HealthStatus::Degraded, true});
        history.setHistory("p", samples);
        chart.refreshNow();
        qsizetype points = 0;
        for (HealthStatus status : {HealthStatus::Unknown, HealthStatus::Healthy, HealthStatus::Degraded, HealthStatus::Unhealthy})
            points += chart.bandFor("p", status)->upperSeries()->count();
        QVERIFY(points <= 4 * chart.bucketCount() + 8);
    }
};

QTEST_MAIN(TestStatusChart)
#include "tst_statuschart.moc"
