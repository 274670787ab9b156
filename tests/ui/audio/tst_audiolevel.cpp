#include "ui/audio/audiolevel.h"

#include <QTest>
#include <cmath>
#include <vector>

using namespace vd;

class TestAudioLevel : public QObject
{
    Q_OBJECT
private slots:
    void silenceIsZero()
    {
        const std::vector<qint16> silence(800, 0);
        const AudioLevel level = measureLevel(silence.data(), qsizetype(silence.size()));
        QCOMPARE(level.rms, 0.0f);
        QCOMPARE(level.peak, 0.0f);
    }

    void emptyRangeIsSilence()
    {
        const AudioLevel level = measureLevel(nullptr, 0);
        QCOMPARE(level.rms, 0.0f);
        QCOMPARE(level.peak, 0.0f);
    }

    void fullScaleSineHasRmsOfOneOverRootTwo()
    {
        std::vector<qint16> sine(1600);
        for (size_t i = 0; i < sine.size(); ++i)
            sine[i] = qint16(std::lround(32767.0 * std::sin(2.0 * M_PI * 1000.0 * double(i) / 16000.0)));
        const AudioLevel level = measureLevel(sine.data(), qsizetype(sine.size()));
        QVERIFY(std::abs(level.rms - float(1.0 / std::sqrt(2.0))) < 0.01f);
        QVERIFY(level.peak > 0.99f);
    }

    void peakIsTheLargestMagnitudeEvenWhenNegative()
    {
        const std::vector<qint16> samples{100, -16384, 200};
        QCOMPARE(measureLevel(samples.data(), 3).peak, 0.5f);
        const std::vector<qint16> minimum{-32768};
        QCOMPARE(measureLevel(minimum.data(), 1).peak, 1.0f);
    }

    void dbfsIsClampedToTheFloor_data()
    {
        QTest::addColumn<float>("linear");
        QTest::addColumn<double>("expectedDb");
        QTest::newRow("full scale") << 1.0f << 0.0;
        QTest::newRow("half") << 0.5f << -6.0206;
        QTest::newRow("tenth") << 0.1f << -20.0;
        QTest::newRow("silence") << 0.0f << -60.0;
        QTest::newRow("below floor") << 1e-6f << -60.0;
    }

    void dbfsIsClampedToTheFloor()
    {
        QFETCH(float, linear);
        QFETCH(double, expectedDb);
        QVERIFY(std::abs(toDbfs(linear) - expectedDb) < 0.001);
    }

    void meterFractionMapsTheDbScaleLinearly()
    {
        QCOMPARE(meterFraction(1.0f), 1.0);
        QCOMPARE(meterFraction(0.0f), 0.0);
        QVERIFY(std::abs(meterFraction(0.0316228f) - 0.5) < 0.001); // -60 dB .. 0 dB: -30 dB is half way
    }
};

QTEST_GUILESS_MAIN(TestAudioLevel)
#include "tst_audiolevel.moc"
