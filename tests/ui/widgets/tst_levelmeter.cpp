#include "ui/widgets/levelmeter.h"

#include <QTest>

using namespace vd;

class TestLevelMeter : public QObject
{
    Q_OBJECT
private slots:
    void showsRmsAndPeakOnTheDbScale()
    {
        LevelMeter meter;
        meter.setLevel({0.0316228f, 1.0f}); // -30 dBFS
        QVERIFY(std::abs(meter.rmsFraction() - 0.5) < 0.001);
        QCOMPARE(meter.peakFraction(), 1.0);
        QCOMPARE(meter.holdFraction(), 1.0);
    }

    void peakHoldStaysAboveAQuieterLevel()
    {
        LevelMeter meter;
        meter.setLevel({0.5f, 1.0f});
        meter.setLevel({0.001f, 0.001f});
        QCOMPARE(meter.holdFraction(), 1.0); // within the hold time
        QVERIFY(meter.peakFraction() < 0.6);
    }

    void resetReturnsToSilence()
    {
        LevelMeter meter;
        meter.setLevel({0.5f, 1.0f});
        meter.reset();
        QCOMPARE(meter.rmsFraction(), 0.0);
        QCOMPARE(meter.holdFraction(), 0.0);
    }

    void paintsTheBarUpToTheRmsLevel()
    {
        LevelMeter meter;
        meter.resize(200, 10);
        meter.setLevel({0.0316228f, 0.0316228f}); // -60..0 dB scale: half way
        const QImage image = meter.grab().toImage();
        QVERIFY(image.pixelColor(50, 5) != image.pixelColor(150, 5));
        QCOMPARE(image.pixelColor(20, 5), image.pixelColor(80, 5));
    }
};

QTEST_MAIN(TestLevelMeter)
#include "tst_levelmeter.moc"
