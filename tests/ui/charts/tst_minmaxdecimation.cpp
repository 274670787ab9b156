#include "ui/charts/minmaxdecimation.h"

#include <QTest>

using namespace vd;

class TestMinMaxDecimation : public QObject
{
    Q_OBJECT
private slots:
    void sparseLinesComeBackUnchanged()
    {
        const QList<QPointF> points{{0, 1}, {10, 5}, {20, 2}};
        QCOMPARE(decimateMinMax(points, 0, 30, 3), points);
    }

    void keepsTheLowestAndHighestPointOfEachBucketInOrder()
    {
        // Two buckets over [0, 10): [0, 5) and [5, 10].
        const QList<QPointF> points{{0, 5}, {1, 9}, {2, 1}, {3, 4}, {5, 7}, {6, 2}, {7, 8}};
        const QList<QPointF> expected{{1, 9}, {2, 1}, {6, 2}, {7, 8}};
        QCOMPARE(decimateMinMax(points, 0, 10, 2), expected);
    }

    void onlyPointsInsideTheRangeCount()
    {
        const QList<QPointF> points{{-5, 100}, {1, 1}, {2, 2}, {15, 100}};
        QCOMPARE(decimateMinMax(points, 0, 10, 10), (QList<QPointF>{{1, 1}, {2, 2}}));
    }

    void neverReturnsMoreThanTwoPointsPerBucket()
    {
        QList<QPointF> points;
        for (int i = 0; i < 86400; ++i)
            points.append({double(i), double((i * 7919) % 1000)});
        const QList<QPointF> out = decimateMinMax(points, 0, 86400, 500);
        QVERIFY(out.size() <= 1000);
        QVERIFY(out.size() >= 500);
        QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
    }

    void aSpikeSurvivesDecimation()
    {
        QList<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append({double(i), i == 4321 ? 5000.0 : 100.0});
        const QList<QPointF> out = decimateMinMax(points, 0, 10000, 50);
        QVERIFY(out.contains(QPointF(4321, 5000)));
    }

    void degenerateInputsGiveNothing()
    {
        const QList<QPointF> points{{1, 1}};
        QVERIFY(decimateMinMax(points, 0, 10, 0).isEmpty());
        QVERIFY(decimateMinMax(points, 10, 0, 5).isEmpty());
        QVERIFY(decimateMinMax({}, 0, 10, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMinMaxDecimation)
#include "tst_minmaxdecimation.moc"
