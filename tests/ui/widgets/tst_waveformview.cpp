#include "ui/widgets/waveformview.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <algorithm>

using namespace vd;

namespace {

AudioClip constantClip(qint64 frames, float value)
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples = QList<float>(frames, value);
    clip.samples[frames / 2] = -value;
    return clip;
}

} // namespace

class TestWaveformView : public QObject
{
    Q_OBJECT
private slots:
    void shortClipsAreEnvelopedAtOnce()
    {
        WaveformView view;
        QSignalSpy ready(&view, &WaveformView::envelopeReady);
        view.setClip(constantClip(16000, 0.5f));
        QCOMPARE(ready.count(), 1);
        QVERIFY(!view.isComputing());
        QCOMPARE(view.envelope().columns(), WaveformView::envelopeColumns);
        QCOMPARE(view.durationSeconds(), 1.0);
    }

    void longClipsAreEnvelopedOffTheGuiThread()
    {
        WaveformView view;
        QSignalSpy ready(&view, &WaveformView::envelopeReady);
        view.setClip(constantClip(WaveformView::asyncThreshold + 16000, 0.25f));
        QVERIFY(view.isComputing());
        QVERIFY(ready.wait(20000));
        QVERIFY(!view.isComputing());
        QCOMPARE(view.envelope().columns(), WaveformView::envelopeColumns);
        QCOMPARE(*std::max_element(view.envelope().maxima.cbegin(), view.envelope().maxima.cend()), 0.25f);
        QCOMPARE(*std::min_element(view.envelope().minima.cbegin(), view.envelope().minima.cend()), -0.25f);
    }

    void aNewerClipWinsOverAComputationStillRunning()
    {
        WaveformView view;
        QSignalSpy ready(&view, &WaveformView::envelopeReady);
        view.setClip(constantClip(WaveformView::asyncThreshold + 16000, 0.25f));
        view.setClip(constantClip(800, 0.75f));
        QCOMPARE(ready.count(), 1);
        QThreadPool::globalInstance()->waitForDone(20000);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(view.envelope().maxima.first(), 0.75f);
    }

    void keepsPlayheadAndSelection()
    {
        WaveformView view;
        view.setClip(constantClip(16000, 0.5f));
        QCOMPARE(view.playhead(), -1.0);
        view.setPlayhead(0.5);
        QCOMPARE(view.playhead(), 0.5);
        view.setSelection(0.8, 0.2);
        QVERIFY(view.hasSelection());
        QCOMPARE(view.selectionFrom(), 0.2);
        QCOMPARE(view.selectionTo(), 0.8);
        view.clear();
        QVERIFY(!view.hasSelection());
        QVERIFY(view.envelope().isEmpty());
    }

    void clickingReportsThePositionInSeconds()
    {
        WaveformView view;
        view.resize(400, 80);
        view.setClip(constantClip(32000, 0.5f));
        QSignalSpy clicked(&view, &WaveformView::positionClicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 40));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toDouble(), 0.5);
    }

    void paintsWithoutTouchingTheSamples()
    {
        WaveformView view;
        view.resize(300, 60);
        AudioClip clip = constantClip(16000, 0.5f);
        for (qsizetype i = 1; i < clip.samples.size(); i += 2)
            clip.samples[i] = -0.5f; // every column spans -0.5..0.5
        view.setClip(clip);
        view.setPlayhead(0.3);
        view.setSelection(0.1, 0.2);
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(300, 60));
        // Each column's line runs from a quarter of the height above the middle to a quarter below.
        const QColor wave = view.palette().color(QPalette::Highlight);
        for (int y : {20, 30, 40})
            QCOMPARE(image.pixelColor(250, y), wave);
        for (int y : {5, 55})
            QVERIFY(image.pixelColor(250, y) != wave);
    }
};

QTEST_MAIN(TestWaveformView)
#include "tst_waveformview.moc"
