#include "tests/support/fakeclock.h"
#include "ui/charts/charthistory.h"
#include "ui/charts/responsetimechart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace vd;

class TestResponseTimeChart : public QObject
{
    Q_OBJECT
private:
    test::FakeClock m_clock;

    QDateTime now() const { return m_clock.wallNow(); }
    // A sample every `stepSeconds` over the `hours` before now, for each provider.
    static void fill(ChartHistory& history, const QStringList& providers, const QDateTime& end, int hours,
                     int stepSeconds)
    {
        for (const QString& provider : providers) {
            QList<ChartSample> samples;
            for (qint64 s = qint64(hours) * 3600; s >= 0; s -= stepSeconds)
                samples.append(
                    {end.addSecs(-s), 100.0 + double((s * 7919) % 500), HealthStatus::Healthy, true});
            history.setHistory(provider, samples);
        }
    }

private slots:
    void appendedSamplesAppearAfterOneCoalescedRefresh()
    {
        ChartHistory history;
        ResponseTimeChart chart;
        chart.resize(700, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        chart.setRange(ChartRange::FiveMinutes);
        chart.refreshNow();
        QSignalSpy refreshed(&chart, &HistoryChartView::refreshed);
        // Ten seconds apart: far more than one pixel column of the five-minute window each.
        for (int i = 0; i < 20; ++i)
            history.appendSample("openai_stt",
                                 {now().addSecs(10 * (i - 20)), 200.0 + i, HealthStatus::Healthy, true});
        QVERIFY(chart.hasPendingRefresh());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.count(), 1); // twenty appends, one rebuild
        QLineSeries* series = chart.seriesFor("openai_stt");
        QVERIFY(series);
        QCOMPARE(series->count(), 20);
        QCOMPARE(series->at(19).y(), 219.0);
        QCOMPARE(series->name(), QStringLiteral("openai_stt"));
    }

    void oneSeriesPerProvider()
    {
        ChartHistory history;
        ResponseTimeChart chart;
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        const QStringList providers{"a", "b", "c", "d", "e", "f", "g", "h", "i"};
        fill(history, providers, now(), 1, 60);
        chart.refreshNow();
        QCOMPARE(chart.chart()->series().size(), 9);
        for (const QString& provider : providers)
            QCOMPARE(chart.seriesFor(provider)->count(), 61);
        history.removeProvider("e");
        chart.refreshNow();
        QCOMPARE(chart.chart()->series().size(), 8);
        QVERIFY(!chart.seriesFor("e"));
    }

    // Issue #17: colours changed on each restart, following the order providers turned up in.
    void eachProviderKeepsItsColourWhateverTheOrder()
    {
        const QStringList nine{"openai_stt", "google_stt", "yandex_stt", "pocketsphinx_stt", "openai_tts",
                               "google_tts", "yandex_tts", "flite_tts",  "espeak_tts"};
        const QStringList reversed(nine.crbegin(), nine.crend());
        const QHash<QString, QColor> colors = ResponseTimeChart::providerColors(nine);
        QCOMPARE(ResponseTimeChart::providerColors(reversed), colors);
        QSet<QRgb> distinct;
        for (const QColor& color : colors)
            distinct.insert(color.rgb());
        QCOMPARE(distinct.size(), 9);
        // A provider added or removed leaves the others' colours alone unless it takes their slot.
        QStringList eight = nine;
        eight.removeOne("yandex_tts");
        const QHash<QString, QColor> fewer = ResponseTimeChart::providerColors(eight);
        QCOMPARE(fewer.value("openai_stt"), colors.value("openai_stt"));

        // Two charts that learn of the providers in opposite orders draw each in the same colour.
        ChartHistory first;
        ChartHistory second;
        fill(first, nine, now(), 1, 600);
        fill(second, reversed, now(), 1, 600);
        ResponseTimeChart a;
        ResponseTimeChart b;
        for (auto [chart, history] : {std::pair{&a, &first}, std::pair{&b, &second}}) {
            chart->setClock(&m_clock);
            chart->setHistory(history);
            chart->refreshNow();
        }
        for (const QString& provider : nine) {
            QVERIFY(a.seriesFor(provider) && b.seriesFor(provider));
            QCOMPARE(a.seriesFor(provider)->color(), colors.value(provider));
            QCOMPARE(b.seriesFor(provider)->color(), colors.value(provider));
        }
    }

    void rangeSwitchingDecimatesToThePlotWidth()
    {
        ChartHistory history;
        ResponseTimeChart chart;
        chart.resize(700, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        fill(history, {"p"}, now(), 24, 5); // 17,281 samples
        chart.setRange(ChartRange::OneDay);
        chart.refreshNow();
        const int buckets = chart.bucketCount();
        QVERIFY(buckets < 1000);
        QLineSeries* series = chart.seriesFor("p");
        QVERIFY(series->count() <= 2 * buckets);
        QVERIFY(series->count() >= buckets);

        chart.setRange(ChartRange::FiveMinutes);
        chart.refreshNow();
        QCOMPARE(series->count(), 61); // every sample of the last five minutes, none older
        QCOMPARE(qint64(series->at(0).x()), now().addSecs(-300).toMSecsSinceEpoch());
        QCOMPARE(chart.range(), ChartRange::FiveMinutes);
    }

    void axesFollowTheWindowAndTheData()
    {
        ChartHistory history;
        ResponseTimeChart chart;
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        chart.setRange(ChartRange::OneHour);
        history.appendSample("p", {now().addSecs(-10), 1234.0, HealthStatus::Healthy, true});
        chart.refreshNow();
        auto* timeAxis = qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).first());
        QCOMPARE(timeAxis->max(), now());
        QCOMPARE(timeAxis->min(), now().addSecs(-3600));
        QVERIFY(chart.latencyAxis()->max() >= 1234.0);
        QCOMPARE(chart.latencyAxis()->min(), 0.0);
    }

    void samplesWithoutLatencyAreLeftOut()
    {
        ChartHistory history;
        ResponseTimeChart chart;
        chart.setClock(&m_clock);
        chart.setHistory(&history);
        history.appendSample("p", {now().addSecs(-2), std::nan(""), HealthStatus::Unhealthy, false});
        history.appendSample("p", {now().addSecs(-1), 50.0, HealthStatus::Healthy, true});
        chart.refreshNow();
        QCOMPARE(chart.seriesFor("p")->count(), 1);
    }
};

QTEST_MAIN(TestResponseTimeChart)
#include "tst_responsetimechart.moc"
