#include "ui/charts/charthistory.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

namespace {

const QDateTime origin(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

ChartSample sampleAt(qint64 seconds, double latencyMs = 100.0, HealthStatus status = HealthStatus::Healthy,
                     bool ok = true)
{
    return {origin.addSecs(seconds), latencyMs, status, ok};
}

} // namespace

class TestChartHistory : public QObject
{
    Q_OBJECT
private slots:
    void keepsProvidersInTheOrderFirstSeen()
    {
        ChartHistory history;
        QSignalSpy providers(&history, &ChartHistory::providersChanged);
        history.appendSample("openai_stt", sampleAt(0));
        history.appendSample("google_stt", sampleAt(0));
        history.appendSample("openai_stt", sampleAt(1));
        QCOMPARE(history.providers(), (QStringList{"openai_stt", "google_stt"}));
        QCOMPARE(providers.count(), 2);
        QCOMPARE(history.sampleCount(), 3);
    }

    void lateSamplesAreSortedIn()
    {
        ChartHistory history;
        history.appendSample("p", sampleAt(10, 1));
        history.appendSample("p", sampleAt(30, 3));
        history.appendSample("p", sampleAt(20, 2));
        const QList<ChartSample> samples = history.samples("p");
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples.at(1).latencyMs, 2.0);
    }

    void setHistorySortsAndReplaces()
    {
        ChartHistory history;
        history.appendSample("p", sampleAt(0));
        QSignalSpy changed(&history, &ChartHistory::samplesChanged);
        history.setHistory("p", {sampleAt(20, 2), sampleAt(10, 1)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(history.samples("p").size(), 2);
        QCOMPARE(history.samples("p").first().latencyMs, 1.0);
    }

    void dropsSamplesOlderThanTheMaximumAge()
    {
        ChartHistory history;
        history.setMaxAge(std::chrono::minutes(10));
        for (qint64 minute = 0; minute <= 30; ++minute)
            history.appendSample("p", sampleAt(minute * 60));
        const QList<ChartSample> samples = history.samples("p");
        QCOMPARE(samples.size(), 11);
        QCOMPARE(samples.first().time, origin.addSecs(20 * 60));
    }

    void removingAProviderForgetsItsSamples()
    {
        ChartHistory history;
        history.appendSample("a", sampleAt(0));
        history.appendSample("b", sampleAt(0));
        history.removeProvider("a");
        QCOMPARE(history.providers(), QStringList{"b"});
        QVERIFY(history.samples("a").isEmpty());
        history.clear();
        QVERIFY(history.providers().isEmpty());
    }

    void exportsCsvWithTheContractColumns()
    {
        ChartHistory history;
        history.appendSample("openai_stt", sampleAt(0, 412.5));
        history.appendSample("openai_stt",
                             {origin.addMSecs(1500), std::nan(""), HealthStatus::Unhealthy, false});
        history.appendSample("odd,name", sampleAt(60, 80.25, HealthStatus::Degraded));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(history.exportCsv(&out));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("provider,time,latency_ms,status,ok"));
        QCOMPARE(lines.at(1), QByteArray("openai_stt,2026-01-01T12:00:00.000Z,412.5,HEALTHY,true"));
        QCOMPARE(lines.at(2), QByteArray("openai_stt,2026-01-01T12:00:01.500Z,,UNHEALTHY,false"));
        QCOMPARE(lines.at(3), QByteArray("\"odd,name\",2026-01-01T12:01:00.000Z,80.3,DEGRADED,true"));
        QCOMPARE(lines.size(), 5); // the last line ends with a newline
    }

    void exportRefusesADeviceItCannotWrite()
    {
        ChartHistory history;
        QBuffer closed;
        QVERIFY(!history.exportCsv(&closed));
        QVERIFY(!history.exportCsv(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestChartHistory)
#include "tst_charthistory.moc"
