#include "ui/audio/recorder.h"
#include "virtualaudio.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace vd;

class TestRecorder : public QObject
{
    Q_OBJECT
private:
    static float loudestWindowRms(const AudioClip& clip, int windowFrames)
    {
        float best = 0.0f;
        for (qsizetype from = 0; from + windowFrames <= clip.samples.size(); from += windowFrames) {
            double sum = 0.0;
            for (int i = 0; i < windowFrames; ++i)
                sum += double(clip.samples[from + i]) * clip.samples[from + i];
            best = std::max(best, float(std::sqrt(sum / windowFrames)));
        }
        return best;
    }

private slots:
    void unknownDeviceFailsWithAPlainMessage()
    {
        Recorder recorder;
        recorder.setDeviceId("no-such-microphone");
        QSignalSpy failed(&recorder, &Recorder::failed);
        QVERIFY(!recorder.start());
        QVERIFY(!recorder.isRecording());
        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY(message.contains("microphone"));
        QCOMPARE(recorder.errorString(), message);
    }

    void recordsAToneFromTheVirtualMicrophone()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        Recorder recorder;
        recorder.setDeviceId(test::virtualMic);
        QSignalSpy levels(&recorder, &Recorder::levelChanged);
        QSignalSpy stopped(&recorder, &Recorder::stopped);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        QVERIFY(recorder.isRecording());
        QVERIFY(levels.wait(5000)); // capture is running before the tone starts

        // The tone goes to the sink whose monitor feeds vd_mic: a real loop through the server.
        QProcess paplay;
        paplay.start(QStringLiteral("paplay"),
                     {QStringLiteral("--raw"), QStringLiteral("--rate=16000"), QStringLiteral("--channels=1"),
                      QStringLiteral("--format=s16le"),
                      QStringLiteral("--device=") + QString::fromUtf8(test::virtualSink)});
        QVERIFY(paplay.waitForStarted(5000));
        paplay.write(test::tonePcm16(1000.0, 1.0, 16000));
        paplay.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(paplay.state() == QProcess::NotRunning, 15000);
        QCOMPARE(paplay.exitCode(), 0);
        const qint64 afterTone = recorder.elapsedMs() + 300;
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= afterTone, 10000);
        recorder.stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!recorder.isRecording());

        const AudioClip take = recorder.take();
        QCOMPARE(take.sampleRate, 16000);
        QCOMPARE(take.channels, 1);
        QVERIFY2(take.durationSeconds() >= 1.0 && take.durationSeconds() < 30.0,
                 qPrintable(QString::number(take.durationSeconds())));
        QCOMPARE(take.frameCount() * 1000 / 16000, recorder.elapsedMs());
        QVERIFY2(loudestWindowRms(take, 1600) > 0.05f, "the recorded tone should be well above silence");
        const auto loudest =
            std::max_element(levels.cbegin(), levels.cend(), [](const auto& a, const auto& b) {
                return a.at(0).template value<AudioLevel>().peak < b.at(0).template value<AudioLevel>().peak;
            });
        QVERIFY(loudest->at(0).value<AudioLevel>().peak > 0.1f);
    }

    void stopsAtTheLengthCapAndKeepsTheTake()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        Recorder recorder;
        recorder.setDeviceId(test::virtualMic);
        recorder.setMaxDuration(std::chrono::milliseconds(300));
        QSignalSpy limit(&recorder, &Recorder::limitReached);
        QSignalSpy stopped(&recorder, &Recorder::stopped);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        QVERIFY(limit.wait(10000));
        QVERIFY(!recorder.isRecording());
        QCOMPARE(stopped.count(), 1);
        QVERIFY(limit.at(0).at(0).toString().contains("limit"));
        QCOMPARE(recorder.elapsedMs(), 300);
        QCOMPARE(recorder.take().frameCount(), 4800);
    }

    void startingAgainDiscardsThePreviousTake()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        Recorder recorder;
        recorder.setDeviceId(test::virtualMic);
        recorder.setMaxDuration(std::chrono::milliseconds(200));
        QSignalSpy limit(&recorder, &Recorder::limitReached);
        QVERIFY(recorder.start());
        QVERIFY(limit.wait(10000));
        QVERIFY(recorder.start());
        QVERIFY(recorder.elapsedMs() < 200);
        recorder.stop();
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
