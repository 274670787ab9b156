#include "tests/support/fakeclock.h"
#include "ui/charts/charthistory.h"
#include "ui/charts/statuschart.h"

#include <QLegendMarker>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestStatusChart : public QObject
{
    Q_OBJECT
private:
    test::FakeClock m_clock;

    // The colour the chart shows at time `ms` in the middle of `provider`'s row.
    static QColor shownAt(StatusChart& chart, const QString& provider, qint64 ms)
    {
        const QPointF inChart(chart.xFor(ms), chart.bandRect(provider).center().y());
        const QPoint inView = chart.mapFromScene(chart.chart()->mapToScene(inChart));
        return chart.viewport()->grab().toImage().pixelColor(inView);
    }

private slots:
    void eachStatusFillsOnlyWhereItHolds()
    {
        ChartHistory history;
        StatusChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        chart.setRange(ChartRange::FiveMinutes);
        const QDateTime now = m_clock.wallNow();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        history.appendSample("p", {now.addSecs(-200), 10.0, HealthStatus::Healthy, true});
        history.appendSample("p", {now.addSecs(-100), 10.0, HealthStatus::Unhealthy, false});
        QSignalSpy refreshed(&chart, &HistoryChartView::refreshed);
        QVERIFY(refreshed.wait(5000));

        const QList<StatusSegment> segments = chart.segmentsFor("p");
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0).status, HealthStatus::Healthy);
        QCOMPARE(segments.at(1).status, HealthStatus::Unhealthy);
        // The unhealthy stretch starts at its sample (to a pixel column) and runs to now.
        const qint64 column = 300'000 / chart.bucketCount() + 1;
        QVERIFY(std::abs(segments.at(1).fromMs - now.addSecs(-100).toMSecsSinceEpoch()) <= column);
        QCOMPARE(segments.at(1).toMs, nowMs);

        // What is painted: nothing before the first sample, then green, then red.
        QCOMPARE(shownAt(chart, "p", nowMs - 150'000), StatusChart::statusColour(HealthStatus::Healthy));
        QCOMPARE(shownAt(chart, "p", nowMs - 50'000), StatusChart::statusColour(HealthStatus::Unhealthy));
        QCOMPARE_NE(shownAt(chart, "p", nowMs - 250'000), StatusChart::statusColour(HealthStatus::Healthy));
    }

    void providersGetSeparateRowsAndTheLegendListsStatusesOnce()
    {
        ChartHistory history;
        StatusChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        const QDateTime now = m_clock.wallNow();
        for (const QString provider : {"a", "b", "c"})
            history.appendSample(provider, {now.addSecs(-60), 10.0, HealthStatus::Healthy, true});
        chart.refreshNow();
        QCOMPARE(chart.chart()->series().size(), 4); // the legend's entries
        // The first provider is the top row, and rows do not overlap.
        QVERIFY(chart.bandRect("a").bottom() < chart.bandRect("b").top());
        QVERIFY(chart.bandRect("b").bottom() < chart.bandRect("c").top());
        QVERIFY(chart.chart()->plotArea().contains(chart.bandRect("c")));
        QCOMPARE(shownAt(chart, "b", m_clock.wallNow().toMSecsSinceEpoch() - 30'000),
                 StatusChart::statusColour(HealthStatus::Healthy));
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
            samples.append(
                {now.addSecs(-s), 10.0, (s / 30) % 3 ? HealthStatus::Healthy : HealthStatus::Degraded, true});
        history.setHistory("p", samples);
        chart.refreshNow();
        const qsizetype segments = chart.segmentsFor("p").size();
        QVERIFY2(
            segments >= 1 && segments <= chart.bucketCount(),
            qPrintable(QStringLiteral("%1 segments for %2 columns").arg(segments).arg(chart.bucketCount())));
    }
};

QTEST_MAIN(TestStatusChart)
#include "tst_statuschart.moc"
