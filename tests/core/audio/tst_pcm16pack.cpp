#include "core/audio/pcm16pack.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace vd;

namespace {

// The definition, one sample at a time and in double precision.
qint16 reference(float sample)
{
    if (std::isnan(sample))
        return 0;
    const double scaled = std::clamp(double(sample) * 32768.0, -32768.0, 32767.0);
    return qint16(std::nearbyint(scaled)); // the default rounding: nearest, ties to even
}

} // namespace

class TestPcm16Pack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsLikeOneSampleAtATime_data();
    void packsLikeOneSampleAtATime();
    void packsEdgeValues_data();
    void packsEdgeValues();
};

void TestPcm16Pack::packsLikeOneSampleAtATime_data()
{
    QTest::addColumn<QList<float>>("samples");

    QRandomGenerator random(17); // fixed seed: the same samples on every run
    const auto noise = [&random](qsizetype count) {
        QList<float> samples(count);
        for (float& s : samples)
            s = float(random.generateDouble() * 3.0 - 1.5); // a third of them beyond full scale
        return samples;
    };
    QTest::newRow("no samples") << QList<float>{};
    // Every length around the 8-sample step leaves a different tail.
    for (const qsizetype count : {1, 7, 8, 9, 15, 16, 17, 33})
        QTest::addRow("%lld noise samples", qlonglong(count)) << noise(count);
    QTest::newRow("a second of noise") << noise(16001);
}

void TestPcm16Pack::packsLikeOneSampleAtATime()
{
    QFETCH(QList<float>, samples);
    // Unaligned too: neither a clip's samples nor the output need start on a vector boundary.
    for (const int offset : {0, 1}) {
        QList<float> input(offset, 0.0f);
        input.append(samples);
        std::vector<qint16> out(size_t(samples.size() + offset), 7);
        packPcm16(input.constData() + offset, samples.size(), out.data() + offset);
        for (qsizetype i = 0; i < samples.size(); ++i)
            QCOMPARE(out[size_t(i + offset)], reference(samples.at(i)));
        if (offset > 0)
            QCOMPARE(out[0], qint16(7)); // nothing written before the output
    }
}

void TestPcm16Pack::packsEdgeValues_data()
{
    QTest::addColumn<float>("sample");
    QTest::addColumn<qint16>("expected");

    constexpr float step = 1.0f / 32768.0f;
    constexpr float infinity = std::numeric_limits<float>::infinity();
    QTest::newRow("silence") << 0.0f << qint16(0);
    QTest::newRow("half") << 0.5f << qint16(16384);
    QTest::newRow("full scale") << 1.0f << qint16(32767);
    QTest::newRow("negative full scale") << -1.0f << qint16(-32768);
    QTest::newRow("highest sample") << 32767.0f * step << qint16(32767);
    QTest::newRow("half a step rounds to even 0") << 0.5f * step << qint16(0);
    QTest::newRow("one and a half steps round to even 2") << 1.5f * step << qint16(2);
    QTest::newRow("two and a half steps round to even 2") << 2.5f * step << qint16(2);
    QTest::newRow("negative one and a half steps") << -1.5f * step << qint16(-2);
    QTest::newRow("six tenths of a step round to 1") << 0.6f * step << qint16(1);
    QTest::newRow("beyond full scale") << 1.7f << qint16(32767);
    QTest::newRow("beyond negative full scale") << -1.7f << qint16(-32768);
    // Beyond what a 32-bit integer holds: converted unclamped, it would wrap to the lowest value.
    QTest::newRow("huge") << 1e30f << qint16(32767);
    QTest::newRow("huge negative") << -1e30f << qint16(-32768);
    QTest::newRow("infinity") << infinity << qint16(32767);
    QTest::newRow("negative infinity") << -infinity << qint16(-32768);
    QTest::newRow("NaN") << std::numeric_limits<float>::quiet_NaN() << qint16(0);
}

void TestPcm16Pack::packsEdgeValues()
{
    QFETCH(float, sample);
    QFETCH(qint16, expected);
    // Nineteen copies: two vector steps and a tail of three, so each path sees the value.
    const std::vector<float> samples(19, sample);
    std::vector<qint16> out(samples.size());
    packPcm16(samples.data(), qint64(samples.size()), out.data());
    for (size_t i = 0; i < out.size(); ++i)
        QCOMPARE(out[i], expected);
}

QTEST_GUILESS_MAIN(TestPcm16Pack)
#include "tst_pcm16pack.moc"
