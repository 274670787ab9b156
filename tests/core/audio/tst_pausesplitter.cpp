#include "core/audio/pausesplitter.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace vd;

namespace {

constexpr int kRate = 8000;
using Stretches = QList<QPair<double, float>>;

// A clip built from (seconds, amplitude) stretches: a 300 Hz tone, or silence at amplitude 0,
// plus optional background noise.
AudioClip build(const Stretches& stretches, float noise = 0.0f)
{
    AudioClip clip;
    clip.sampleRate = kRate;
    clip.channels = 1;
    QRandomGenerator random(42);
    for (const auto& [seconds, amplitude] : stretches) {
        const qint64 frames = qint64(seconds * kRate);
        for (qint64 i = 0; i < frames; ++i) {
            const float tone = amplitude * float(std::sin(2 * M_PI * 300.0 * i / kRate));
            clip.samples.append(tone + noise * float(random.generateDouble() * 2 - 1));
        }
    }
    return clip;
}

// The silences of `build` as [start, end) second ranges.
QList<QPair<double, double>> silences(const Stretches& stretches)
{
    QList<QPair<double, double>> ranges;
    double at = 0.0;
    for (const auto& [seconds, amplitude] : stretches) {
        if (amplitude == 0.0f)
            ranges.append({at, at + seconds});
        at += seconds;
    }
    return ranges;
}

} // namespace

// Splitting long recordings into parts no longer than a limit, at pauses where there are any.
class TestPauseSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsCoverTheClipExactlyOnceInOrder();
    void cutsFallInsideThePauses_data();
    void cutsFallInsideThePauses();
    void cutsHardAtTheLimitWhenThereIsNoPause();
    void clipWithinTheLimitIsOnePart();
    void emptyClipHasNoParts();
    void keepsStereoFramesTogether();
};

void TestPauseSplitter::partsCoverTheClipExactlyOnceInOrder()
{
    const AudioClip clip = build({{1.3, 0.5f}, {0.3, 0.0f}, {2.9, 0.5f}, {0.25, 0.0f}, {3.7, 0.5f}}, 0.01f);
    const QList<AudioPart> parts = splitAtPauses(clip, 3.0);
    QVERIFY(parts.size() >= 3);
    QList<float> joined;
    double expectedStart = 0.0;
    for (const AudioPart& part : parts) {
        QVERIFY(qAbs(part.startSeconds - expectedStart) < 1e-9);
        QVERIFY(part.clip.durationSeconds() <= 3.0);
        QVERIFY(!part.clip.isEmpty());
        joined.append(part.clip.samples);
        expectedStart += part.clip.durationSeconds();
    }
    QCOMPARE(joined, clip.samples);
}

void TestPauseSplitter::cutsFallInsideThePauses_data()
{
    QTest::addColumn<Stretches>("stretches");
    QTest::addColumn<double>("maxSeconds");
    QTest::addColumn<float>("noise");

    QTest::newRow("words and pauses") << Stretches{{1.5, 0.5f}, {0.4, 0.0f}, {1.5, 0.5f}, {0.4, 0.0f},
                                                   {1.5, 0.5f}, {0.4, 0.0f}, {1.5, 0.5f}}
                                      << 4.0 << 0.0f;
    QTest::newRow("pauses over a noise floor")
        << Stretches{{2.2, 0.4f}, {0.3, 0.0f}, {2.6, 0.4f}, {0.3, 0.0f}, {2.0, 0.4f}} << 3.0 << 0.02f;
}

void TestPauseSplitter::cutsFallInsideThePauses()
{
    QFETCH(Stretches, stretches);
    QFETCH(double, maxSeconds);
    QFETCH(float, noise);

    const QList<AudioPart> parts = splitAtPauses(build(stretches, noise), maxSeconds);
    const QList<QPair<double, double>> pauses = silences(stretches);
    QVERIFY(parts.size() >= 2);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const double cut = parts[i].startSeconds;
        const bool inPause = std::any_of(pauses.cbegin(), pauses.cend(), [cut](const auto& pause) {
            return cut > pause.first && cut < pause.second;
        });
        QVERIFY2(inPause, qPrintable(QStringLiteral("cut at %1 s is not in a pause").arg(cut)));
    }
}

void TestPauseSplitter::cutsHardAtTheLimitWhenThereIsNoPause()
{
    const QList<AudioPart> parts = splitAtPauses(build({{10.0, 0.5f}}, 0.05f), 4.0);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0].clip.frameCount(), qint64(4 * kRate));
    QCOMPARE(parts[1].startSeconds, 4.0);
    QCOMPARE(parts[1].clip.frameCount(), qint64(4 * kRate));
    QCOMPARE(parts[2].clip.frameCount(), qint64(2 * kRate));
}

void TestPauseSplitter::clipWithinTheLimitIsOnePart()
{
    const AudioClip clip = build({{2.0, 0.5f}});
    const QList<AudioPart> parts = splitAtPauses(clip, 2.0);
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts[0].startSeconds, 0.0);
    QCOMPARE(parts[0].clip.samples, clip.samples);
}

void TestPauseSplitter::emptyClipHasNoParts()
{
    QVERIFY(splitAtPauses(AudioClip{}, 5.0).isEmpty());
}

void TestPauseSplitter::keepsStereoFramesTogether()
{
    AudioClip stereo;
    stereo.sampleRate = kRate;
    stereo.channels = 2;
    const AudioClip mono = build({{1.0, 0.5f}, {0.3, 0.0f}, {1.0, 0.5f}});
    for (float sample : mono.samples)
        stereo.samples << sample << -sample;
    const QList<AudioPart> parts = splitAtPauses(stereo, 1.5);
    QCOMPARE(parts.size(), 2);
    for (const AudioPart& part : parts) {
        QCOMPARE(part.clip.channels, 2);
        QCOMPARE(part.clip.samples.size() % 2, 0);
        QCOMPARE(part.clip.samples[0], -part.clip.samples[1]);
    }
}

QTEST_GUILESS_MAIN(TestPauseSplitter)
#include "tst_pausesplitter.moc"
