#include "core/audio/audiodecoder.h"
#include "speechtestruntime.h"
#include "tests/support/mockserver/mockproviderserver.h"
#include "ui/activity/activitylog.h"
#include "ui/audio/pcmplayer.h"
#include "ui/shell/standardpages.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/speechplayback.h"
#include "ui/speech/texttospeechpage.h"
#include "ui/speech/voicepicker.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// The Text-to-speech page driven as a user would: the offline Flite/eSpeak NG plugins and the
// example Morse plugin (which streams), cloud providers against the loopback mock server, and
// playback into the virtual speaker when the test services run.
class TestTextToSpeechPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<TextToSpeechPage> m_page;

    // Cloud TTS providers are off unless a test turns one on (they would join Auto and "across").
    // The example plugin ships disabled; these tests use it as a streaming provider, so it is on.
    void makePage(const QString& cloud = {})
    {
        m_page.reset();
        m_runtime.reset();
        QVERIFY(QDir(m_dir.filePath("state")).removeRecursively());
        const QJsonObject providers{
            {"openai_tts", test::aimedAt(m_server.baseUrl(Vendor::OpenAi).toString(), cloud == "openai_tts")},
            {"google_tts", test::aimedAt(m_server.baseUrl(Vendor::Google).toString(), cloud == "google_tts")},
            {"example_morse_tts", QJsonObject{{"enabled", true}}},
        };
        m_runtime = test::makeRuntime(m_dir, providers);
        QVERIFY2(m_runtime, "the test runtime must start");
        m_activity = std::make_unique<ActivityLog>();
        m_page = std::make_unique<TextToSpeechPage>(speechServices(*m_runtime), *m_activity);
        m_page->resize(800, 600);
        m_page->show();
    }

    QPushButton* playButton() const { return m_page->findChild<QPushButton*>("playButton"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        qputenv("OPENAI_API_KEY", "test-key");
        qputenv("GOOGLE_API_KEY", "test-key");
        for (const char* name : {"YANDEX_API_KEY", "YANDEX_IAM_TOKEN"})
            qunsetenv(name);
    }

    void init()
    {
        m_server.reset();
        makePage();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_runtime.reset();
    }

    void counterMeasuresTheTextAgainstTheProvidersLimit()
    {
        m_page->providerPicker().setCurrentProvider(QStringLiteral("example_morse_tts"));
        QCOMPARE(m_page->textLimit().maximum, 1000);
        auto* counter = m_page->findChild<QLabel*>("ttsCounter");
        m_page->setText(QStringLiteral("hello"));
        QVERIFY2(counter->text().startsWith("5 / 1000"), qPrintable(counter->text()));
        QVERIFY(!m_page->isOverLimit());
        QVERIFY(playButton()->isEnabled());
        const QColor normal = counter->palette().color(QPalette::WindowText);

        m_page->setText(QString(1003, QLatin1Char('e')));
        QVERIFY(m_page->isOverLimit());
        QVERIFY(counter->text().startsWith("1003 / 1000"));
        QVERIFY(!playButton()->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton*>("saveAsButton")->isEnabled());
        QVERIFY2(playButton()->toolTip().contains("3 character"), qPrintable(playButton()->toolTip()));
        QVERIFY(playButton()->toolTip().contains("example_morse_tts"));
        QVERIFY(counter->text().contains(m_page->playBlockedReason()));
        QCOMPARE_NE(counter->palette().color(QPalette::WindowText), normal);
        QCOMPARE(counter->palette().color(QPalette::WindowText), QColor(0xda, 0x44, 0x53));

        // Typing the text shorter brings Play back at once.
        auto* editor = m_page->findChild<QPlainTextEdit*>("ttsText");
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QVERIFY(!m_page->isOverLimit());
        QVERIFY(playButton()->isEnabled());
        QCOMPARE(counter->palette().color(QPalette::WindowText), normal);
    }

    void emptyTextCannotBePlayed()
    {
        m_page->setText(QStringLiteral("   "));
        QVERIFY(!playButton()->isEnabled());
        QCOMPARE(playButton()->toolTip(), m_page->playBlockedReason());
    }

    void voicesAreLoadedFromTheChosenProvider()
    {
        VoicePicker& voices = m_page->voicePicker();
        QSignalSpy states(&voices, &VoicePicker::stateChanged);
        // Auto lists the voices of the first provider it would use: Flite.
        QTRY_COMPARE_WITH_TIMEOUT(voices.state(), VoicePicker::State::Ready, 20000);
        QCOMPARE(voices.provider(), QStringLiteral("flite_tts"));
        QVERIFY(voices.findData(QStringLiteral("slt")) > 0);

        states.clear();
        m_page->providerPicker().setCurrentProvider(QStringLiteral("espeak_tts"));
        QCOMPARE(voices.provider(), QStringLiteral("espeak_tts"));
        QCOMPARE(voices.state(), VoicePicker::State::Loading);
        QCOMPARE(voices.itemText(1), QStringLiteral("Loading voices…"));
        QTRY_COMPARE_WITH_TIMEOUT(voices.state(), VoicePicker::State::Ready, 20000);
        QCOMPARE(states.count(), 2); // loading, then ready
        QVERIFY(voices.count() > 2);
        QVERIFY(voices.findData(QStringLiteral("slt")) < 0);
        voices.setCurrentIndex(2);
        QCOMPARE(m_page->request().voice, voices.voices().at(1).id);
        bool recorded = false;
        for (const ActivityEntry& entry : m_activity->entries())
            recorded = recorded || (entry.operation == ActivityEntry::Operation::Voices &&
                                    entry.provider == "espeak_tts" && entry.ok);
        QVERIFY(recorded);
    }

    void voiceListFailureIsShownWithItsReason()
    {
        makePage(QStringLiteral("google_tts"));
        m_server.setFault(Endpoint::GoogleVoices, Fault::httpError(500, {}, "Voices are down"));
        VoicePicker& voices = m_page->voicePicker();
        m_page->providerPicker().setCurrentProvider(QStringLiteral("google_tts"));
        QTRY_COMPARE_WITH_TIMEOUT(voices.state(), VoicePicker::State::Failed, 20000);
        QVERIFY(!voices.errorString().isEmpty());
        QVERIFY2(voices.toolTip().contains(voices.errorString()), qPrintable(voices.toolTip()));
        QCOMPARE(voices.itemText(1), QStringLiteral("Voices unavailable"));
        QCOMPARE(m_page->request().voice, QString()); // the provider's default still works
        QVERIFY(m_page->findChild<QPushButton*>("reloadVoicesButton")->isEnabled());
    }

    void failingProviderShowsItsError()
    {
        makePage(QStringLiteral("openai_tts"));
        m_server.setFault(Endpoint::OpenAiSpeech, Fault::httpError(500, {}, "The server had an error"));
        m_page->providerPicker().setCurrentProvider(QStringLiteral("openai_tts"));
        QSignalSpy finished(m_page.get(), &TextToSpeechPage::playbackFinished);
        QTest::mouseClick(playButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const QString failure = finished.at(0).at(1).toString();
        QVERIFY(failure.contains("openai_tts"));
        QVERIFY(m_page->messageBanner().isVisible());
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Error);
        QCOMPARE(m_page->messageBanner().text(), failure);
        QVERIFY(!m_page->isActive());
        QCOMPARE(playButton()->text(), QStringLiteral("Play"));
        QCOMPARE(m_activity->entries().size() >= 1, true);
        QVERIFY(!m_activity->entries().constLast().ok);
        QCOMPARE(m_activity->entries().constLast().error->kind, ErrorKind::Server);
    }

    void savesInTheFormatOfTheExtension()
    {
        m_page->providerPicker().setCurrentProvider(QStringLiteral("flite_tts"));
        m_page->setText(QStringLiteral("Saved speech."));
        QSignalSpy saved(m_page.get(), &TextToSpeechPage::saved);
        const QString path = m_dir.filePath("speech.flac");
        m_page->saveAs(path);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.at(0).at(0).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("fLaC"));
        Result<AudioClip> clip = decodeAudioFile(path);
        QVERIFY(clip.hasValue());
        QVERIFY(clip->durationSeconds() > 0.3);
        QCOMPARE(m_activity->entries().constLast().operation, ActivityEntry::Operation::Synthesize);

        // Saving the same request again reuses the audio instead of synthesizing anew.
        const qsizetype requests = m_activity->entries().size();
        m_page->saveAs(m_dir.filePath("again.wav"));
        QVERIFY(saved.wait(30000));
        QCOMPARE(m_activity->entries().size(), requests);

        QSignalSpy failed(m_page.get(), &TextToSpeechPage::saveFailed);
        m_page->saveAs(m_dir.filePath("speech.unknown"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_page->messageBanner().text().contains("speech.unknown"));
    }

    void stateRoundTrips()
    {
        m_page->providerPicker().setCurrentProvider(QStringLiteral("flite_tts"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->voicePicker().state(), VoicePicker::State::Ready, 20000);
        m_page->voicePicker().setCurrentVoice(QStringLiteral("awb"));
        m_page->findChild<QDoubleSpinBox*>("ttsSpeed")->setValue(1.5);
        const QByteArray state = m_page->savePageState();
        makePage();
        QVERIFY(m_page->restorePageState(state));
        QCOMPARE(m_page->providerPicker().currentProvider(), QStringLiteral("flite_tts"));
        QCOMPARE(m_page->request().voice, QStringLiteral("awb")); // also while the list loads
        QTRY_COMPARE_WITH_TIMEOUT(m_page->voicePicker().state(), VoicePicker::State::Ready, 20000);
        QCOMPARE(m_page->request().voice, QStringLiteral("awb"));
        QCOMPARE(m_page->request().speed, 1.5);
    }

    void playsFliteThroughTheVirtualSpeaker()
    {
        VD_REQUIRE_TEST_AUDIO();
        m_page->providerPicker().setCurrentProvider(QStringLiteral("flite_tts"));
        m_page->setText(QStringLiteral("Hello from the speaker test."));
        PcmPlayer& player = m_page->playback().player();
        QSignalSpy started(&player, &PcmPlayer::started);
        QSignalSpy played(&player, &PcmPlayer::finished);
        QSignalSpy finished(m_page.get(), &TextToSpeechPage::playbackFinished);
        QTest::mouseClick(playButton(), Qt::LeftButton);
        QCOMPARE(playButton()->text(), QStringLiteral("Stop"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toString(), QString()); // no failure
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("flite_tts"));
        QCOMPARE(started.count(), 1);
        QCOMPARE(played.count(), 1); // the sink took every byte
        QCOMPARE(playButton()->text(), QStringLiteral("Play"));
        const ActivityEntry& entry = m_activity->entries().constLast();
        QCOMPARE(entry.operation, ActivityEntry::Operation::Synthesize);
        QVERIFY(entry.ok);
        QVERIFY(entry.bytes > 1000);
        QVERIFY(!entry.trace.isEmpty());
    }

    void streamingProviderStartsPlaybackBeforeItFinishes()
    {
        VD_REQUIRE_TEST_AUDIO();
        m_page->providerPicker().setCurrentProvider(QStringLiteral("example_morse_tts"));
        m_page->setText(QStringLiteral("sos"));
        QStringList order;
        connect(&m_page->playback(), &SpeechPlayback::playbackStarted, this, [&] { order << "playing"; });
        connect(&m_page->playback(), &SpeechPlayback::synthesized, this, [&] { order << "synthesized"; });
        QSignalSpy finished(m_page.get(), &TextToSpeechPage::playbackFinished);
        m_page->play();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(m_page->playback().isStreaming() || order.size() == 2);
        QCOMPARE(order, (QStringList{"playing", "synthesized"}));
    }

    void stopEndsPlaybackAtOnce()
    {
        VD_REQUIRE_TEST_AUDIO();
        m_page->providerPicker().setCurrentProvider(QStringLiteral("example_morse_tts"));
        m_page->setText(QString(200, QLatin1Char('o'))); // long enough to still be playing
        QSignalSpy started(&m_page->playback(), &SpeechPlayback::playbackStarted);
        m_page->play();
        QVERIFY(started.wait(30000));
        QVERIFY(m_page->playback().isPlaying());
        QTest::mouseClick(playButton(), Qt::LeftButton); // now "Stop"
        QVERIFY(!m_page->isActive());
        QVERIFY(!m_page->playback().isPlaying());
        QCOMPARE(playButton()->text(), QStringLiteral("Play"));
    }

    void playsTheTextAcrossProvidersInTurn()
    {
        VD_REQUIRE_TEST_AUDIO();
        m_page->setText(QStringLiteral("one two"));
        QSignalSpy finished(m_page.get(), &TextToSpeechPage::playbackFinished);
        QSignalSpy across(m_page.get(), &TextToSpeechPage::acrossFinished);
        QStringList shown;
        auto* status = m_page->findChild<QLabel*>("ttsStatus");
        connect(&m_page->playback(), &SpeechPlayback::playbackStarted, this,
                [&] { shown << status->text(); });
        QTest::mouseClick(m_page->findChild<QPushButton*>("playAcrossButton"), Qt::LeftButton);
        QVERIFY(across.wait(120000));
        QStringList providers;
        for (const QList<QVariant>& args : std::as_const(finished)) {
            providers << args.at(0).toString();
            QCOMPARE(args.at(1).toString(), QString());
        }
        // Enabled and configured, in priority order: Flite (90), eSpeak NG (95), the example (200).
        QCOMPARE(providers, (QStringList{"flite_tts", "espeak_tts", "example_morse_tts"}));
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown.at(1).contains("espeak_tts") && shown.at(1).contains("2 of 3"),
                 qPrintable(shown.at(1)));
        QVERIFY(!m_page->isActive());
    }
};

QTEST_MAIN(TestTextToSpeechPage)
#include "tst_texttospeechpage.moc"
