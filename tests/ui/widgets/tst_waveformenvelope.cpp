#include "ui/widgets/waveformenvelope.h"

#include <QTest>

using namespace vd;

namespace {

AudioClip clipOf(QList<float> samples, int channels = 1, int rate = 8)
{
    AudioClip clip;
    clip.sampleRate = rate;
    clip.channels = channels;
    clip.samples = std::move(samples);
    return clip;
}

} // namespace

class TestWaveformEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void eachColumnHoldsTheMinimumAndMaximumOfItsFrames()
    {
        const WaveformEnvelope envelope =
            WaveformEnvelope::compute(clipOf({0.1f, -0.5f, 0.3f, 0.2f, 0.9f, -0.1f, 0.0f, 0.4f}), 2);
        QCOMPARE(envelope.columns(), 2);
        QCOMPARE(envelope.minima, (QList<float>{-0.5f, -0.1f}));
        QCOMPARE(envelope.maxima, (QList<float>{0.3f, 0.9f}));
        QCOMPARE(envelope.durationSeconds, 1.0);
    }

    void unevenSplitsCoverEveryFrameOnce()
    {
        // 5 frames into 2 columns: [0, 2) and [2, 5).
        const WaveformEnvelope envelope = WaveformEnvelope::compute(clipOf({1, 2, 3, 4, 5}), 2);
        QCOMPARE(envelope.minima, (QList<float>{1, 3}));
        QCOMPARE(envelope.maxima, (QList<float>{2, 5}));
    }

    void allChannelsCount()
    {
        // Frames (L, R): (0.1, -0.8), (0.2, 0.7).
        const WaveformEnvelope envelope = WaveformEnvelope::compute(clipOf({0.1f, -0.8f, 0.2f, 0.7f}, 2), 1);
        QCOMPARE(envelope.minima, QList<float>{-0.8f});
        QCOMPARE(envelope.maxima, QList<float>{0.7f});
    }

    void shortClipsGetOneColumnPerFrame()
    {
        const WaveformEnvelope envelope = WaveformEnvelope::compute(clipOf({0.5f, -0.5f, 0.25f}), 100);
        QCOMPARE(envelope.columns(), 3);
        QCOMPARE(envelope.minima, envelope.maxima);
    }

    void emptyClipGivesAnEmptyEnvelope()
    {
        QVERIFY(WaveformEnvelope::compute(AudioClip{}, 100).isEmpty());
        QVERIFY(WaveformEnvelope::compute(clipOf({1.0f}), 0).isEmpty());
    }

    void reducingMatchesComputingAtTheLowerResolution()
    {
        QList<float> samples;
        for (int i = 0; i < 1000; ++i)
            samples.append(float((i * 37) % 101 - 50) / 50.0f);
        const AudioClip clip = clipOf(samples, 1, 1000);
        const WaveformEnvelope fine = WaveformEnvelope::compute(clip, 100);
        const WaveformEnvelope reduced = fine.reduced(10);
        const WaveformEnvelope direct = WaveformEnvelope::compute(clip, 10);
        QCOMPARE(reduced.minima, direct.minima);
        QCOMPARE(reduced.maxima, direct.maxima);
        QCOMPARE(reduced.durationSeconds, 1.0);
        QCOMPARE(fine.reduced(500).columns(), 100);
    }

    void asyncComputationGivesTheSameResult()
    {
        const AudioClip clip = clipOf({0.1f, -0.5f, 0.3f, 0.2f, 0.9f, -0.1f, 0.0f, 0.4f});
        QFuture<WaveformEnvelope> future = WaveformEnvelope::computeAsync(clip, 4);
        const WaveformEnvelope envelope = future.result(); // a test may block on its own future
        QCOMPARE(envelope.maxima, WaveformEnvelope::compute(clip, 4).maxima);
    }
};

QTEST_GUILESS_MAIN(TestWaveformEnvelope)
#include "tst_waveformenvelope.moc"
