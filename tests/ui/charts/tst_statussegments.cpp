#include "ui/charts/statussegments.h"

#include <QTest>

using namespace vd;

namespace {

const QDateTime origin(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const qint64 t0 = origin.toMSecsSinceEpoch();

ChartSample at(qint64 seconds, HealthStatus status)
{
    return {origin.addSecs(seconds), 100.0, status, status == HealthStatus::Healthy};
}

} // namespace

class TestStatusSegments : public QObject
{
    Q_OBJECT
private slots:
    void eachStatusHoldsUntilTheNextSample()
    {
        const QList<ChartSample> samples{at(0, HealthStatus::Healthy), at(60, HealthStatus::Unhealthy),
                                         at(120, HealthStatus::Healthy)};
        const QList<StatusSegment> expected{{t0, t0 + 60000, HealthStatus::Healthy},
                                            {t0 + 60000, t0 + 120000, HealthStatus::Unhealthy},
                                            {t0 + 120000, t0 + 180000, HealthStatus::Healthy}};
        QCOMPARE(statusSegments(samples, t0, t0 + 180000, 180), expected);
    }

    void nothingIsDrawnBeforeTheFirstSample()
    {
        const QList<ChartSample> samples{at(90, HealthStatus::Degraded)};
        const QList<StatusSegment> expected{{t0 + 90000, t0 + 180000, HealthStatus::Degraded}};
        QCOMPARE(statusSegments(samples, t0, t0 + 180000, 180), expected);
    }

    void theStatusBeforeTheWindowIsCarriedIn()
    {
        const QList<ChartSample> samples{at(-600, HealthStatus::Unhealthy), at(60, HealthStatus::Healthy)};
        const QList<StatusSegment> segments = statusSegments(samples, t0, t0 + 120000, 120);
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.first(), (StatusSegment{t0, t0 + 60000, HealthStatus::Unhealthy}));
    }

    void aBriefOutageShowsWhenZoomedOut()
    {
        // A healthy day with one UNHEALTHY sample; 100 columns of 864 s each.
        QList<ChartSample> samples;
        for (qint64 s = 0; s < 86400; s += 60)
            samples.append(at(s, s == 43200 ? HealthStatus::Unhealthy : HealthStatus::Healthy));
        const QList<StatusSegment> segments = statusSegments(samples, t0, t0 + 86400000, 100);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(1).status, HealthStatus::Unhealthy);
        QCOMPARE(segments.at(1).toMs - segments.at(1).fromMs, 864000);
    }

    void flappingIsBoundedByTheColumnCount()
    {
        QList<ChartSample> samples;
        for (qint64 s = 0; s < 86400; s += 10)
            samples.append(at(s, (s / 10) % 2 ? HealthStatus::Degraded : HealthStatus::Healthy));
        QVERIFY(statusSegments(samples, t0, t0 + 86400000, 400).size() <= 400);
    }

    void severityRanksUnhealthyWorst()
    {
        QVERIFY(statusSeverity(HealthStatus::Unhealthy) > statusSeverity(HealthStatus::Degraded));
        QVERIFY(statusSeverity(HealthStatus::Degraded) > statusSeverity(HealthStatus::Healthy));
        QVERIFY(statusSeverity(HealthStatus::Healthy) > statusSeverity(HealthStatus::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestStatusSegments)
#include "tst_statussegments.moc"
