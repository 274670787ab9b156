#include "core/audio/pcm16sums.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace vd;

Q_DECLARE_METATYPE(vd::Pcm16Simd)

namespace {

QByteArray samples(const QList<qint16>& values)
{
    QByteArray bytes(2 * values.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < values.size(); ++i)
        qToLittleEndian<qint16>(values.at(i), bytes.data() + 2 * i);
    return bytes;
}

// The sums one sample at a time, as the definition says.
Pcm16Sums reference(const QList<qint16>& values)
{
    Pcm16Sums sums;
    for (const qint16 s : values) {
        sums.lowest = std::min(sums.lowest, s);
        sums.highest = std::max(sums.highest, s);
        sums.sumSquares += quint64(qint64(s) * s);
    }
    return sums;
}

} // namespace

class TestPcm16Sums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsLikeOneSampleAtATime_data();
    void sumsLikeOneSampleAtATime();
};

void TestPcm16Sums::sumsLikeOneSampleAtATime_data()
{
    QTest::addColumn<Pcm16Simd>("simd");
    QTest::addColumn<QList<qint16>>("values");

    QRandomGenerator random(13); // fixed seed: the same samples on every run
    const auto noise = [&random](qsizetype count) {
        QList<qint16> values(count);
        for (qint16& v : values)
            v = qint16(random.bounded(-32768, 32768));
        return values;
    };
    // Full scale on every sample: each pair of squares fills a 32-bit lane (2^31), so a sum
    // that is not widened at once overflows.
    const auto fullScale = [](qsizetype count) {
        QList<qint16> values(count);
        for (qsizetype i = 0; i < count; ++i)
            values[i] = i % 3 == 2 ? 32767 : -32768;
        return values;
    };
    for (const Pcm16Simd simd : {Pcm16Simd::Best, Pcm16Simd::Baseline}) {
        const char* unit = simd == Pcm16Simd::Best ? "best" : "baseline";
        QTest::addRow("%s, no samples", unit) << simd << QList<qint16>{};
        // Every length around the 8- and 16-sample steps leaves a different tail.
        for (const qsizetype count : {1, 7, 8, 9, 15, 16, 17, 31, 33, 47})
            QTest::addRow("%s, %lld noise samples", unit, qlonglong(count)) << simd << noise(count);
        QTest::addRow("%s, a second of noise", unit) << simd << noise(48001);
        QTest::addRow("%s, full scale", unit) << simd << fullScale(100003);
        QTest::addRow("%s, only positive", unit) << simd << QList<qint16>(40, 1234);
        QTest::addRow("%s, only negative", unit) << simd << QList<qint16>(40, -1234);
    }
}

void TestPcm16Sums::sumsLikeOneSampleAtATime()
{
    QFETCH(Pcm16Simd, simd);
    QFETCH(QList<qint16>, values);
    const QByteArray bytes = samples(values);
    const Pcm16Sums expected = reference(values);
    // Unaligned too: answers' samples start wherever the WAV header ends.
    for (const int offset : {0, 1}) {
        QByteArray shifted = QByteArray(offset, '\0') + bytes;
        const Pcm16Sums sums = sumPcm16(shifted.constData() + offset, values.size(), simd);
        QCOMPARE(sums.lowest, expected.lowest);
        QCOMPARE(sums.highest, expected.highest);
        QCOMPARE(sums.sumSquares, expected.sumSquares);
    }
}

QTEST_GUILESS_MAIN(TestPcm16Sums)
#include "tst_pcm16sums.moc"
