#include "core/audio/audioconvert.h"
#include "core/evaluation/worderrorrate.h"
#include "core/registry/providerregistry.h"
#include "speechtestruntime.h"
#include "tests/support/mockserver/mockproviderserver.h"
#include "ui/activity/activitylog.h"
#include "ui/audio/recorder.h"
#include "ui/shell/standardpages.h"
#include "ui/speech/comparisonmodel.h"
#include "ui/speech/languagepicker.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/takepanel.h"
#include "ui/widgets/waveformview.h"

#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QTextEdit>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

namespace {
const QString kSentence = QStringLiteral("turn on the kitchen lights and set a timer for ten minutes");
}

// The Speech-to-text page driven as a user would: real offline PocketSphinx, cloud providers
// against the loopback mock server, the virtual microphone when the test services run.
class TestSpeechToTextPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<SpeechToTextPage> m_page;
    QString m_speechFile;

    void makePage(bool openAi)
    {
        m_page.reset();
        m_runtime.reset();
        const QString base = m_server.baseUrl(Vendor::OpenAi).toString();
        m_runtime = test::makeRuntime(m_dir, QJsonObject{{"openai_stt", test::aimedAt(base, openAi)}});
        QVERIFY2(m_runtime, "the test runtime must start");
        m_activity = std::make_unique<ActivityLog>();
        m_page = std::make_unique<SpeechToTextPage>(speechServices(*m_runtime), *m_activity);
        m_page->resize(900, 700);
        m_page->show();
    }

    void openAndWait(const QString& path)
    {
        QSignalSpy changed(&m_page->takePanel(), &TakePanel::takeChanged);
        m_page->openFile(path);
        QVERIFY(changed.wait(20000));
    }

    TranscriptionOutcome transcribeAndWait()
    {
        QSignalSpy finished(m_page.get(), &SpeechToTextPage::transcriptionFinished);
        auto* button = m_page->findChild<QPushButton*>("transcribeButton");
        [&] { QTRY_VERIFY(button->isEnabled()); }();
        QTest::mouseClick(button, Qt::LeftButton);
        [&] { QVERIFY(finished.wait(60000)); }();
        return finished.isEmpty() ? TranscriptionOutcome{}
                                  : finished.at(0).at(0).value<TranscriptionOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TranscriptionOutcome>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        qputenv("OPENAI_API_KEY", "test-key");
        for (const char* name : {"GOOGLE_API_KEY", "YANDEX_API_KEY", "YANDEX_IAM_TOKEN"})
            qunsetenv(name);
        makePage(false);
        m_speechFile = m_dir.filePath("speech.wav");
        QVERIFY2(test::writeSpeechFile(*m_runtime, kSentence, m_speechFile),
                 "Flite must speak the test sentence");
    }

    void init()
    {
        m_server.reset();
        m_server.setTranscript(QStringLiteral("turn on the lights"));
        QVERIFY(QDir(m_dir.filePath("state")).removeRecursively()); // no breaker state between tests
        makePage(false);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_runtime.reset();
    }

    void opensAFileAndTranscribesItOffline()
    {
        openAndWait(m_speechFile);
        m_page->providerPicker().setCurrentProvider(QStringLiteral("pocketsphinx_stt"));
        const TranscriptionOutcome outcome = transcribeAndWait();
        QVERIFY2(outcome.ok, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome.provider, QStringLiteral("pocketsphinx_stt"));
        QVERIFY2(computeWordErrorRate(kSentence, outcome.text)->rate <= 0.3, qPrintable(outcome.text));
        QCOMPARE(m_page->findChild<QPlainTextEdit*>("resultText")->toPlainText(), outcome.text);
        QVERIFY(m_page->findChild<QLabel*>("resultInfo")->text().contains("pocketsphinx_stt"));
        QVERIFY(m_page->findChild<QPlainTextEdit*>("routingTrace")
                    ->toPlainText()
                    .contains("pocketsphinx_stt: ok"));
        QCOMPARE(m_activity->entries().size(), 1);
        const ActivityEntry& entry = m_activity->entries().constFirst();
        QCOMPARE(entry.operation, ActivityEntry::Operation::Transcribe);
        QCOMPARE(entry.provider, QStringLiteral("pocketsphinx_stt"));
        QVERIFY(entry.ok);
        QVERIFY(entry.bytes > 0);
        QVERIFY(!entry.trace.isEmpty());
    }

    void opensEveryFixtureFormat_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file : {"wav_s16_16000_mono.wav", "flac_s16_44100_stereo.flac",
                                 "vorbis_22050_mono.ogg", "opus_48000_mono.opus", "mp3_44100_mono.mp3"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void opensEveryFixtureFormat()
    {
        QFETCH(QString, file);
        openAndWait(qEnvironmentVariable("VOICEDECK_AUDIO_FIXTURES") + "/" + file);
        QVERIFY(m_page->takePanel().hasTake());
        QCOMPARE(m_page->takePanel().takeName(), file);
        QTRY_VERIFY(m_page->takePanel().waveform().durationSeconds() > 0.0);
        QVERIFY(m_page->findChild<QPushButton*>("transcribeButton")->isEnabled());
    }

    // Issue #17: Ctrl+O had replaced the button's Alt+O, so the underlined letter did nothing.
    void openFileAnswersBothAltOAndCtrlO()
    {
        auto* open = m_page->findChild<QPushButton*>("openFileButton");
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::ALT | Qt::Key_O));
        const QList<QShortcut*> shortcuts = open->findChildren<QShortcut*>();
        QVERIFY(std::any_of(shortcuts.cbegin(), shortcuts.cend(), [](const QShortcut* shortcut) {
            return shortcut->key() == QKeySequence(QKeySequence::Open) && shortcut->isEnabled();
        }));
    }

    void corruptFileIsReportedInPlainWords()
    {
        m_page->openFile(qEnvironmentVariable("VOICEDECK_TEST_DATA") + "/audio/not_audio.wav");
        QTRY_VERIFY_WITH_TIMEOUT(m_page->messageBanner().isVisible(), 20000);
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Error);
        QVERIFY2(m_page->messageBanner().text().contains("not_audio.wav"),
                 qPrintable(m_page->messageBanner().text()));
        QVERIFY(!m_page->takePanel().hasTake());
        QVERIFY(!m_page->findChild<QPushButton*>("transcribeButton")->isEnabled());
    }

    void droppedFileBecomesTheTake()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_speechFile)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy changed(&m_page->takePanel(), &TakePanel::takeChanged);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_page.get(), &drop);
        QVERIFY(changed.wait(20000));
        QCOMPARE(m_page->takePanel().takeName(), QStringLiteral("speech.wav"));
    }

    void failingProviderShowsItsError()
    {
        makePage(true);
        m_server.setFault(Endpoint::OpenAiTranscriptions,
                          Fault::httpError(500, {}, "The server had an error"));
        openAndWait(m_speechFile);
        m_page->providerPicker().setCurrentProvider(QStringLiteral("openai_stt"));
        const TranscriptionOutcome outcome = transcribeAndWait();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ErrorKind::Server);
        QVERIFY(m_page->messageBanner().isVisible());
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Error);
        QVERIFY2(m_page->messageBanner().text().contains("openai_stt"),
                 qPrintable(m_page->messageBanner().text()));
        QVERIFY(m_page->messageBanner().text().contains(outcome.error->message));
        QVERIFY(
            m_page->findChild<QPlainTextEdit*>("routingTrace")->toPlainText().contains("failed: server 500"));
        QCOMPARE(m_activity->entries().size(), 1);
        QVERIFY(!m_activity->entries().constFirst().ok);
        QVERIFY(m_page->findChild<QPushButton*>("transcribeButton")->isEnabled()); // usable again
    }

    // Issue #17: with language "kli" the banner blamed openai_stt (tried first) instead of saying
    // that the offline engine recognises English only.
    void theBannerLeadsWithTheProblemOfTheRequest()
    {
        makePage(true);
        m_server.setFault(Endpoint::OpenAiTranscriptions,
                          Fault::httpError(401, {}, "Incorrect API key provided"));
        openAndWait(m_speechFile);
        m_page->languagePicker().setLanguage(QStringLiteral("kli"));
        const TranscriptionOutcome outcome = transcribeAndWait();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error->kind, ErrorKind::Unsupported);
        const QString banner = m_page->messageBanner().text();
        QVERIFY2(banner.contains(QStringLiteral("pocketsphinx_stt recognises English (en-US) only")),
                 qPrintable(banner));
        QVERIFY2(banner.indexOf(QStringLiteral("pocketsphinx_stt")) <
                     banner.indexOf(QStringLiteral("openai_stt")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("openai_stt: auth 401")), qPrintable(banner));
    }

    void cancelEndsARunningRequest()
    {
        makePage(true);
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::of(Fault::Kind::Hang));
        openAndWait(m_speechFile);
        m_page->providerPicker().setCurrentProvider(QStringLiteral("openai_stt"));
        QSignalSpy finished(m_page.get(), &SpeechToTextPage::transcriptionFinished);
        m_page->transcribe();
        QVERIFY(m_page->isBusy());
        auto* cancel = m_page->findChild<QPushButton*>("cancelButton");
        QVERIFY(cancel->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(Endpoint::OpenAiTranscriptions), 1, 20000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.at(0).at(0).value<TranscriptionOutcome>();
        QCOMPARE(outcome.error->kind, ErrorKind::Cancelled);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Information);
    }

    void compareAllScoresEveryProviderAgainstTheReference()
    {
        makePage(true);
        openAndWait(m_speechFile);
        m_page->setReference(QStringLiteral("turn on the lights"));
        QSignalSpy done(m_page.get(), &SpeechToTextPage::comparisonFinished);
        QTest::mouseClick(m_page->findChild<QPushButton*>("compareButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        const ComparisonModel& model = m_page->comparison();
        const int openAi = model.rowOf("openai_stt");
        const int sphinx = model.rowOf("pocketsphinx_stt");
        QVERIFY(openAi >= 0 && sphinx >= 0);
        QCOMPARE(model.row(openAi).state, ComparisonModel::State::Done);
        QVERIFY(model.row(openAi).outcome.ok);
        QCOMPARE(model.row(openAi).outcome.wer, std::optional<double>(0.0));
        QCOMPARE(model.data(model.index(openAi, ComparisonModel::WerColumn)).toString(),
                 QStringLiteral("0.0 %"));
        QVERIFY(model.row(sphinx).outcome.ok);
        QVERIFY(model.row(sphinx).outcome.wer.has_value()); // the full sentence against the short reference
        QVERIFY(*model.row(sphinx).outcome.wer > 0.0);
        // Not configured (no key): listed as skipped, never run.
        const int google = model.rowOf("google_stt");
        QVERIFY(google >= 0);
        QCOMPARE(model.row(google).state, ComparisonModel::State::Skipped);
        QCOMPARE(m_server.requestCount(Endpoint::GoogleRecognize), 0);
        int compares = 0;
        for (const ActivityEntry& entry : m_activity->entries())
            compares += entry.operation == ActivityEntry::Operation::Compare ? 1 : 0;
        QCOMPARE(compares, 2);

        const QString path = m_dir.filePath("comparison.json");
        QVERIFY(m_page->exportComparison(path).hasValue());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray results =
            QJsonDocument::fromJson(file.readAll()).object().value("results").toArray();
        QCOMPARE(results.size(), model.rowCount());
        QCOMPARE(results.at(openAi).toObject().value("wer").toDouble(-1.0), 0.0);
    }

    // A new take clears the old take's transcript, trace, WER and comparison rows (issue #17).
    void newTakeClearsTheOldResults()
    {
        makePage(true);
        openAndWait(m_speechFile);
        m_page->setReference(QStringLiteral("turn on the lights"));
        m_page->providerPicker().setCurrentProvider(QStringLiteral("openai_stt"));
        QVERIFY(transcribeAndWait().ok);
        QSignalSpy done(m_page.get(), &SpeechToTextPage::comparisonFinished);
        QTest::mouseClick(m_page->findChild<QPushButton*>("compareButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(m_page->comparison().rowCount() > 0);
        QVERIFY(!m_page->findChild<QLabel*>("resultInfo")->text().isEmpty());

        openAndWait(qEnvironmentVariable("VOICEDECK_AUDIO_FIXTURES") + "/wav_s16_16000_mono.wav");
        QVERIFY(!m_page->lastOutcome().has_value());
        QVERIFY(m_page->findChild<QPlainTextEdit*>("resultText")->toPlainText().isEmpty());
        QVERIFY(m_page->findChild<QLabel*>("resultInfo")->text().isEmpty()); // no WER of the old take
        QVERIFY(m_page->findChild<QPlainTextEdit*>("routingTrace")->toPlainText().isEmpty());
        QCOMPARE(m_page->comparison().rowCount(), 0);
        for (const char* button : {"copyButton", "exportButton", "exportComparisonButton"})
            QVERIFY2(!m_page->findChild<QPushButton*>(button)->isEnabled(), button);
        QVERIFY(!m_page->exportResult(m_dir.filePath("stale.txt")).hasValue());
        QVERIFY(m_page->findChild<QPushButton*>("transcribeButton")->isEnabled());
    }

    // Issue #17: with a reference, the transcript is shown marked against it word by word.
    void referenceMarksTheTranscriptWordByWord()
    {
        makePage(true);
        m_server.setTranscript(QStringLiteral("Turn on the lights now."));
        openAndWait(m_speechFile);
        m_page->setReference(QStringLiteral("please turn off the lights"));
        m_page->providerPicker().setCurrentProvider(QStringLiteral("openai_stt"));
        const TranscriptionOutcome outcome = transcribeAndWait();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.wer, std::optional<double>(0.6));
        QVERIFY(m_page->findChild<QLabel*>("resultInfo")->text().endsWith("WER 60.0 %"));
        auto* diff = m_page->findChild<QTextEdit*>("transcriptDiff");
        QVERIFY(diff && diff->isVisible());
        QVERIFY(m_page->findChild<QLabel*>("diffLegend")->isVisible());
        QHash<QString, QTextCharFormat> formats;
        for (auto it = diff->document()->begin().begin(); !it.atEnd(); ++it)
            formats.insert(it.fragment().text().trimmed(), it.fragment().charFormat());
        QVERIFY(formats.value("please").fontStrikeOut());
        QCOMPARE(formats.value("on").underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(formats.value("on").toolTip().contains("“off”"));
        QCOMPARE(formats.value("now").underlineStyle(), QTextCharFormat::SingleUnderline);
        // The transcript itself stays as the provider wrote it, for copying.
        QCOMPARE(m_page->findChild<QPlainTextEdit*>("resultText")->toPlainText(), outcome.text);

        m_page->setReference({});
        QVERIFY(transcribeAndWait().ok);
        QVERIFY(!diff->isVisible());
    }

    void exportWritesTheTranscribeJsonShape()
    {
        makePage(true);
        openAndWait(m_speechFile);
        m_page->setReference(QStringLiteral("turn on the lights please"));
        m_page->providerPicker().setCurrentProvider(QString()); // Auto: openai_stt answers first
        const TranscriptionOutcome outcome = transcribeAndWait();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.provider, QStringLiteral("openai_stt"));
        const QString path = m_dir.filePath("transcript.json");
        const Status written = m_page->exportResult(path);
        QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value("ok").toBool(), true);
        QCOMPARE(json.value("text").toString(), QStringLiteral("turn on the lights"));
        QCOMPARE(json.value("provider").toString(), QStringLiteral("openai_stt"));
        QVERIFY(json.value("latency_ms").toDouble() > 0.0);
        QCOMPARE(json.value("wer").toDouble(), 0.2); // one deletion in five reference words
        QVERIFY(json.value("language").isString());
        QCOMPARE(json.value("attempts").toArray().size(), 1);
        QCOMPARE(json.value("attempts").toArray().at(0).toObject().value("outcome").toString(),
                 QStringLiteral("ok"));
        QVERIFY(json.value("skipped").isArray());

        const QString text = m_dir.filePath("transcript.txt");
        QVERIFY(m_page->exportResult(text).hasValue());
        QFile plain(text);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(plain.readAll().startsWith("turn on the lights\n"));
    }

    void providersAppearWhenTheRuntimeIsReadyAndFollowTheRegistry()
    {
        m_page.reset();
        m_runtime = test::makeRuntime(m_dir, QJsonObject{}, false);
        QVERIFY(m_runtime);
        m_page = std::make_unique<SpeechToTextPage>(speechServices(*m_runtime), *m_activity);
        m_page->restorePageState(R"({"provider": "pocketsphinx_stt"})");
        openAndWait(m_speechFile);
        auto* picker = m_page->findChild<ProviderPicker*>("sttProvider");
        QVERIFY(!m_page->findChild<QPushButton*>("transcribeButton")->isEnabled()); // not ready yet
        QSignalSpy ready(&m_runtime->readiness(), &Readiness::ready);
        m_runtime->start();
        QVERIFY(ready.count() == 1 || ready.wait(30000));
        QCOMPARE(picker->itemText(0), QStringLiteral("Auto (priority order)"));
        QCOMPARE(picker->providers(),
                 (QStringList{"openai_stt", "google_stt", "yandex_stt", "pocketsphinx_stt"}));
        QCOMPARE(picker->currentProvider(),
                 QStringLiteral("pocketsphinx_stt")); // restored before it was listed
        QCOMPARE(picker->itemText(picker->findData("google_stt")),
                 QStringLiteral("google_stt (not configured)"));
        QVERIFY(m_page->findChild<QPushButton*>("transcribeButton")->isEnabled());

        m_runtime->registry().setEnabled(QStringLiteral("openai_stt"), false);
        QCOMPARE(picker->itemText(picker->findData("openai_stt")), QStringLiteral("openai_stt (disabled)"));
        QVERIFY(m_runtime->registry().applyOrder(ProviderCategory::Stt, {"pocketsphinx_stt"}).hasValue());
        QCOMPARE(picker->providers().constFirst(), QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(picker->currentProvider(), QStringLiteral("pocketsphinx_stt"));
    }

    void stateRoundTrips()
    {
        m_page->providerPicker().setCurrentProvider(QStringLiteral("pocketsphinx_stt"));
        m_page->setReference(QStringLiteral("hello"));
        const QByteArray state = m_page->savePageState();
        makePage(false);
        QVERIFY(m_page->restorePageState(state));
        QCOMPARE(m_page->providerPicker().currentProvider(), QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(m_page->reference(), QStringLiteral("hello"));
        QVERIFY(!m_page->restorePageState("not json"));
    }

    void recordsFromTheVirtualMicrophoneAndTranscribes()
    {
        VD_REQUIRE_TEST_AUDIO();
        Result<AudioClip> speech = decodeAudioFile(m_speechFile);
        QVERIFY(speech.hasValue());
        TakePanel& take = m_page->takePanel();
        take.setDeviceId(qgetenv("VOICEDECK_TEST_AUDIO_SOURCE").isEmpty()
                             ? QByteArray("vd_mic")
                             : qgetenv("VOICEDECK_TEST_AUDIO_SOURCE"));
        QSignalSpy levels(&take.recorder(), &Recorder::levelChanged);
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(m_page.get(), Qt::Key_R, Qt::ControlModifier); // the record shortcut
        QVERIFY2(take.isRecording(), qPrintable(m_page->messageBanner().text()));
        QVERIFY(levels.wait(5000)); // capturing before the speech starts

        QProcess paplay;
        paplay.start("paplay", {"--raw", "--rate=16000", "--channels=1", "--format=s16le",
                                "--device=" + qEnvironmentVariable("VOICEDECK_TEST_AUDIO_SINK", "vd_out")});
        QVERIFY(paplay.waitForStarted(5000));
        paplay.write(toPcm16(toSpeechFormat(speech.value())));
        paplay.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(paplay.state() == QProcess::NotRunning, 30000);
        const qint64 afterSpeech = take.recorder().elapsedMs() + 500;
        QTRY_VERIFY_WITH_TIMEOUT(take.recorder().elapsedMs() >= afterSpeech, 10000);
        QVERIFY(m_page->findChild<QLabel*>("elapsed")->text() != QStringLiteral("0:00.0"));
        const auto loudest =
            std::max_element(levels.cbegin(), levels.cend(), [](const auto& a, const auto& b) {
                return a.at(0).template value<AudioLevel>().peak < b.at(0).template value<AudioLevel>().peak;
            });
        QVERIFY2(loudest->at(0).value<AudioLevel>().peak > 0.05f, "the meter should have seen the speech");
        QSignalSpy changed(&take, &TakePanel::takeChanged);
        QTest::mouseClick(m_page->findChild<QPushButton*>("recordButton"), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!take.isRecording());
        QVERIFY(take.take().durationSeconds() >= speech->durationSeconds());

        m_page->providerPicker().setCurrentProvider(QStringLiteral("pocketsphinx_stt"));
        const TranscriptionOutcome outcome = transcribeAndWait();
        QVERIFY2(outcome.ok, qPrintable(outcome.errorMessage()));
        QVERIFY2(computeWordErrorRate(kSentence, outcome.text)->rate <= 0.5, qPrintable(outcome.text));

        const QString saved = m_dir.filePath("take.wav");
        QSignalSpy savedSpy(&take, &TakePanel::takeSaved);
        take.saveTake(saved);
        QVERIFY(savedSpy.wait(20000));
        Result<AudioClip> reread = decodeAudioFile(saved);
        QVERIFY(reread.hasValue());
        QCOMPARE(reread->frameCount(), take.take().frameCount());
    }
};

QTEST_MAIN(TestSpeechToTextPage)
#include "tst_speechtotextpage.moc"
