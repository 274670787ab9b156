#include "core/audio/audioconvert.h"
#include "ui/audio/pcmplayer.h"
#include "ui/audio/recorder.h"
#include "virtualaudio.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace vd;

class TestPcmPlayer : public QObject
{
    Q_OBJECT
private slots:
    void rejectsAFormatItCannotPlay()
    {
        PcmPlayer player;
        QSignalSpy failed(&player, &PcmPlayer::failed);
        QVERIFY(!player.playPcm(QByteArray(100, 0), 0, 1));
        QVERIFY(!player.startStream(16000, 6));
        QCOMPARE(failed.count(), 2);
        QVERIFY(!player.isPlaying());
        QVERIFY(!player.errorString().isEmpty());
    }

    void playsAClipToTheEnd()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        PcmPlayer player;
        QSignalSpy started(&player, &PcmPlayer::started);
        QSignalSpy finished(&player, &PcmPlayer::finished);
        QSignalSpy failed(&player, &PcmPlayer::failed);
        const AudioClip clip = fromPcm16(test::tonePcm16(440.0, 0.4, 24000), 24000, 1);
        QVERIFY2(player.play(clip), qPrintable(player.errorString()));
        QCOMPARE(started.count(), 1);
        QVERIFY(player.isPlaying());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!player.isPlaying());
    }

    // The output chosen in Preferences is used; one that is not connected falls back to the
    // system's default instead of failing.
    void playsOnTheChosenOutputOrTheDefaultWhenItIsGone_data()
    {
        QTest::addColumn<QByteArray>("device");
        QTest::newRow("chosen") << test::virtualSink;
        QTest::newRow("unplugged") << QByteArray("alsa_output.usb-headset-not-here");
    }

    void playsOnTheChosenOutputOrTheDefaultWhenItIsGone()
    {
        QFETCH(QByteArray, device);
        VD_REQUIRE_VIRTUAL_AUDIO();
        PcmPlayer player;
        player.setDeviceId(device);
        QSignalSpy finished(&player, &PcmPlayer::finished);
        QSignalSpy failed(&player, &PcmPlayer::failed);
        QVERIFY2(player.play(fromPcm16(test::tonePcm16(440.0, 0.2, 24000), 24000, 1)),
                 qPrintable(player.errorString()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);
    }

    void mixesDownClipsWithMoreThanTwoChannels()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        AudioClip clip;
        clip.sampleRate = 16000;
        clip.channels = 3;
        clip.samples = QList<float>(16000 / 5 * 3, 0.25f);
        PcmPlayer player;
        QSignalSpy finished(&player, &PcmPlayer::finished);
        QVERIFY2(player.play(clip), qPrintable(player.errorString()));
        QVERIFY(finished.wait(10000));
    }

    void streamingStartsBeforeTheLastChunkAndIsHeard()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        Recorder recorder;
        recorder.setDeviceId(test::virtualMic);
        QSignalSpy levels(&recorder, &Recorder::levelChanged);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        QVERIFY(levels.wait(5000));

        PcmPlayer player;
        QSignalSpy finished(&player, &PcmPlayer::finished);
        QSignalSpy failed(&player, &PcmPlayer::failed);
        const QByteArray tone = test::tonePcm16(1000.0, 1.0, 16000, 0.6);
        const qsizetype half = tone.size() / 2;
        QVERIFY2(player.startStream(16000, 1), qPrintable(player.errorString()));
        player.appendPcm(tone.left(half));
        // The first chunk plays while the rest has not arrived yet.
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > 0, 10000);
        QVERIFY(finished.isEmpty());
        player.appendPcm(tone.mid(half));
        player.finishStream();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);

        recorder.stop();
        const auto loudest =
            std::max_element(levels.cbegin(), levels.cend(), [](const auto& a, const auto& b) {
                return a.at(0).template value<AudioLevel>().rms < b.at(0).template value<AudioLevel>().rms;
            });
        QVERIFY2(loudest->at(0).value<AudioLevel>().rms > 0.05f,
                 "the streamed tone should reach the virtual microphone");
    }

    void stopEndsPlaybackWithoutFinished()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        PcmPlayer player;
        QSignalSpy finished(&player, &PcmPlayer::finished);
        QVERIFY2(player.startStream(16000, 1), qPrintable(player.errorString()));
        player.appendPcm(test::tonePcm16(300.0, 2.0, 16000));
        player.stop();
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.positionMs(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPcmPlayer)
#include "tst_pcmplayer.moc"
