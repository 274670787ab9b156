#include "core/audio/audioencoder.h"
#include "speechtestruntime.h"
#include "ui/activity/activitylog.h"
#include "ui/audio/inputdevicemodel.h"
#include "ui/audio/recorder.h"
#include "ui/shell/standardpages.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/takepanel.h"
#include "ui/speech/takeplayer.h"
#include "ui/widgets/waveformview.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <cmath>

using namespace vd;

// The take of the Speech-to-text page (issue #17) on the virtual PulseAudio devices of
// scripts/test-services.sh: played back with a cursor on its waveform, and cut short cleanly when
// its microphone goes away. The microphone unplugged here is a virtual source of this test's own
// (vd_unplug on vd_out's monitor), never the shared vd_mic; the test holds the audio-device lock.
class TestSpeechToTextTake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    ActivityLog m_activity;
    std::unique_ptr<SpeechToTextPage> m_page;
    QString m_module; // the pactl module of vd_unplug while it is plugged in

    TakePanel& take() { return m_page->takePanel(); }
    QPushButton* button(const char* name) { return m_page->findChild<QPushButton*>(name); }

    // A two-second tone as a WAV file: long enough to watch the cursor move.
    QString writeTone()
    {
        AudioClip clip;
        clip.sampleRate = 16000;
        clip.channels = 1;
        for (int i = 0; i < 2 * clip.sampleRate; ++i)
            clip.samples.append(0.3f * float(std::sin(2.0 * M_PI * 440.0 * i / clip.sampleRate)));
        const QString path = m_dir.filePath("tone.wav");
        return writeAudioFile(clip, path).hasValue() ? path : QString();
    }

    void openTone()
    {
        const QString path = writeTone();
        QVERIFY(!path.isEmpty());
        QSignalSpy changed(&take(), &TakePanel::takeChanged);
        m_page->openFile(path);
        QVERIFY(changed.wait(20000));
    }

    bool plugIn()
    {
        QProcess pactl;
        pactl.start("pactl", {"load-module", "module-virtual-source", "source_name=vd_unplug",
                              "master=vd_out.monitor"});
        pactl.waitForFinished(5000);
        m_module = QString::fromUtf8(pactl.readAllStandardOutput()).trimmed();
        return pactl.exitCode() == 0 && !m_module.isEmpty();
    }

    bool unplug()
    {
        if (m_module.isEmpty())
            return true;
        const int status = QProcess::execute("pactl", {"unload-module", std::exchange(m_module, QString())});
        return status == 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_page.reset();
        m_runtime = test::makeRuntime(m_dir, QJsonObject{});
        QVERIFY2(m_runtime, "the test runtime must start");
        m_page = std::make_unique<SpeechToTextPage>(speechServices(*m_runtime), m_activity);
        m_page->resize(900, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_runtime.reset();
        QVERIFY(unplug());
    }

    void playsTheTakeWithAMovingCursorToItsEnd()
    {
        VD_REQUIRE_TEST_AUDIO();
        auto* play = button("playTakeButton");
        QVERIFY(play);
        QVERIFY(!play->isEnabled()); // nothing to play yet
        openTone();
        WaveformView& waveform = take().waveform();
        QTRY_VERIFY(waveform.durationSeconds() > 1.9);
        QVERIFY(play->isEnabled());
        QCOMPARE(waveform.playhead(), -1.0);

        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY2(take().player().isPlaying(), qPrintable(m_page->messageBanner().text()));
        QCOMPARE(play->text(), QStringLiteral("Stop playbac&k"));
        // Follow the cursor until the playback ends by itself.
        QList<double> cursor;
        QTRY_VERIFY_WITH_TIMEOUT((cursor.append(waveform.playhead()), !take().player().isPlaying()), 20000);
        cursor.removeAll(-1.0);
        QVERIFY2(cursor.size() >= 3, "the cursor should have been seen moving");
        QVERIFY(std::is_sorted(cursor.cbegin(), cursor.cend()));
        QVERIFY2(cursor.constLast() > 1.0, qPrintable(QString::number(cursor.constLast())));
        QVERIFY(cursor.constLast() <= 2.0);
        QCOMPARE(waveform.playhead(), -1.0); // played to the end: the cursor is gone
        QCOMPARE(play->text(), QStringLiteral("Play ta&ke"));
        QVERIFY(!m_page->messageBanner().isVisible());
    }

    void clickingTheWaveformSeeksAndStopStops()
    {
        VD_REQUIRE_TEST_AUDIO();
        openTone();
        WaveformView& waveform = take().waveform();
        QTRY_VERIFY(waveform.durationSeconds() > 1.9);
        auto* play = button("playTakeButton");
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(waveform.playhead() > 0.05, 10000);
        QVERIFY(waveform.playhead() < 1.0);

        // A click at three quarters of the width goes on from 1.5 s.
        QTest::mouseClick(&waveform, Qt::LeftButton, {},
                          QPoint(waveform.width() * 3 / 4, waveform.height() / 2));
        QVERIFY(take().player().isPlaying());
        QVERIFY2(waveform.playhead() >= 1.45, qPrintable(QString::number(waveform.playhead())));

        QTest::mouseClick(play, Qt::LeftButton); // Stop
        QVERIFY(!take().player().isPlaying());
        QCOMPARE(waveform.playhead(), -1.0);
        QCOMPARE(play->text(), QStringLiteral("Play ta&ke"));
    }

    void unpluggingTheMicrophoneStopsTheTakeAndKeepsIt()
    {
        VD_REQUIRE_TEST_AUDIO();
        QVERIFY(plugIn());
        take().devices().setRefreshInterval(50);
        QTRY_VERIFY_WITH_TIMEOUT(take().devices().rowOfId("vd_unplug") >= 0, 10000);
        take().setDeviceId("vd_unplug");
        QTest::mouseClick(button("recordButton"), Qt::LeftButton);
        QVERIFY2(take().isRecording(), qPrintable(m_page->messageBanner().text()));
        QTRY_VERIFY_WITH_TIMEOUT(take().recorder().elapsedMs() >= 500, 10000);

        QVERIFY(unplug());
        QTRY_VERIFY_WITH_TIMEOUT(!take().isRecording(), 10000);
        QVERIFY(take().hasTake()); // what was recorded before is the take
        QVERIFY(take().take().durationSeconds() >= 0.5);
        QCOMPARE(take().takeName(), QStringLiteral("recording"));
        QVERIFY(take().findChild<QLabel*>("takeInfo")->text().startsWith("Take: recording"));
        QCOMPARE(button("recordButton")->text(), QStringLiteral("Record"));
        // One message, about the take: not replaced by "the chosen microphone was disconnected".
        const MessageBanner& banner = m_page->messageBanner();
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.level(), MessageBanner::Level::Warning);
        QVERIFY2(banner.text().contains("was disconnected; the take stopped at 0:0") &&
                     banner.text().contains("keeps what was recorded"),
                 qPrintable(banner.text()));
        const qint64 kept = take().take().frameCount();
        QVERIFY(!take().devices().isSelectedAvailable());

        // Recording while it is away says so; plugging it back in takes that message down.
        QTest::mouseClick(button("recordButton"), Qt::LeftButton);
        QVERIFY(!take().isRecording());
        QCOMPARE(banner.level(), MessageBanner::Level::Error);
        QVERIFY2(banner.text().contains("not connected"), qPrintable(banner.text()));
        QVERIFY(plugIn());
        QTRY_VERIFY_WITH_TIMEOUT(!banner.isVisible(), 10000);
        QVERIFY(take().devices().isSelectedAvailable());
        QCOMPARE(take().take().frameCount(), kept); // the failed start left the take alone
    }

    // The same, announced by the device picker while it is not recording.
    void aDisconnectedChoiceIsWithdrawnWhenItComesBack()
    {
        VD_REQUIRE_TEST_AUDIO();
        QVERIFY(plugIn());
        take().devices().setRefreshInterval(50);
        QTRY_VERIFY_WITH_TIMEOUT(take().devices().rowOfId("vd_unplug") >= 0, 10000);
        take().setDeviceId("vd_unplug");
        QVERIFY(unplug());
        const MessageBanner& banner = m_page->messageBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner.isVisible(), 10000);
        QVERIFY2(banner.text().contains("chosen microphone was disconnected"), qPrintable(banner.text()));
        QVERIFY(plugIn());
        QTRY_VERIFY_WITH_TIMEOUT(!banner.isVisible(), 10000);
    }
};

QTEST_MAIN(TestSpeechToTextTake)
#include "tst_speechtotexttake.moc"
