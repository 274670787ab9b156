#include "core/audio/audiodecoder.h"
#include "speechtestruntime.h"
#include "ui/activity/activitylog.h"
#include "ui/audio/pcmplayer.h"
#include "ui/shell/standardpages.h"
#include "ui/speech/speechplayback.h"
#include "ui/speech/texttospeechpage.h"

#include <QApplication>
#include <QFileDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace vd;

// "Play across providers" with its results table (issue #17): one row per provider with its
// latency, duration, voice and error, filled in as each answers, and Replay / Save WAV… of each
// row from the audio already received. The real offline engines (Flite, eSpeak NG) speak into
// the virtual speaker of the test services.
class TestTtsAcross : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<TextToSpeechPage> m_page;

    QTableView* table() const { return m_page->findChild<QTableView*>("acrossResults"); }
    QString cell(int row, int column) const { return table()->model()->index(row, column).data().toString(); }
    // "123 ms" / "1.25 s" → the number; 0 when the cell holds none.
    double number(int row, int column) const { return cell(row, column).section(' ', 0, 0).toDouble(); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(name); }

    // Answers the Save dialog that is about to open with `path` (looks for it for up to 10 s).
    void answerSaveDialog(const QString& path, int attempts = 1000)
    {
        QTimer::singleShot(10, this, [this, path, attempts] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                if (attempts > 1)
                    answerSaveDialog(path, attempts - 1); // not shown yet
                return;
            }
            m_dialogTitle = dialog->windowTitle();
            // QFileDialog::selectFile leaves the file name alone while its line edit has the
            // keyboard focus, and whether the dialog has been activated (and focused) by now is
            // a race on a busy machine: without the focus the name is always taken.
            if (QWidget* focused = dialog->focusWidget())
                focused->clearFocus();
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
        });
    }
    QString m_dialogTitle;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // the dialog is answered below
        // Only the two offline engines speak: the cloud providers and the example stay off.
        const QJsonObject off{{"enabled", false}};
        m_runtime = test::makeRuntime(
            m_dir,
            {{"openai_tts", off}, {"google_tts", off}, {"yandex_tts", off}, {"example_morse_tts", off}});
        QVERIFY2(m_runtime, "the test runtime must start");
        m_activity = std::make_unique<ActivityLog>();
        m_page = std::make_unique<TextToSpeechPage>(speechServices(*m_runtime), *m_activity);
        m_page->resize(900, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_runtime.reset();
    }

    void eachProviderGetsARowWithLatencyAndDuration()
    {
        VD_REQUIRE_TEST_AUDIO();
        m_page->setText(QStringLiteral("Compare the voices."));
        QSignalSpy across(m_page.get(), &TextToSpeechPage::acrossFinished);
        QSignalSpy busy(m_page.get(), &TextToSpeechPage::busyChanged);
        QSignalSpy progress(m_page.get(), &TextToSpeechPage::acrossProgress);
        QTest::mouseClick(button("playAcrossButton"), Qt::LeftButton);
        QVERIFY2(table(), "the page shows the results of playing across providers");
        QVERIFY(table()->isVisible());
        QCOMPARE(table()->model()->rowCount(), 2);
        QCOMPARE(cell(1, 1), QStringLiteral("waiting")); // eSpeak NG's turn comes after Flite's
        QVERIFY(across.wait(120000));
        // What the status bar shows: busy once from the start to the end, and each provider's turn.
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.at(0), (QVariantList{0, 2}));
        QCOMPARE(progress.at(1), (QVariantList{1, 2}));

        QCOMPARE(cell(0, 0), QStringLiteral("flite_tts"));
        QCOMPARE(cell(1, 0), QStringLiteral("espeak_tts"));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(row, 1), QStringLiteral("played"));
            QVERIFY2(number(row, 2) > 0, qPrintable(cell(row, 2)));
            QTRY_VERIFY_WITH_TIMEOUT(number(row, 3) > 0, 20000); // decoded on the thread pool
            QCOMPARE(cell(row, 5), QString());                   // no error
        }
        // Each speaks with its own default voice, and the table says which.
        QCOMPARE(cell(0, 4), QStringLiteral("slt"));
        QCOMPARE(cell(1, 4), QStringLiteral("en-us"));
    }

    void replayPlaysTheRowAgainWithoutSynthesizing()
    {
        VD_REQUIRE_TEST_AUDIO();
        QVERIFY(table());
        QCOMPARE(table()->model()->rowCount(), 2);
        const qsizetype requests = m_activity->entries().size();
        // By keyboard: into the table, down to eSpeak NG's row.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Home);
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 1);
        QVERIFY(button("acrossReplayButton")->isEnabled());
        PcmPlayer& player = m_page->playback().player();
        QSignalSpy started(&player, &PcmPlayer::started);
        QSignalSpy played(&player, &PcmPlayer::finished);
        QSignalSpy finished(m_page.get(), &TextToSpeechPage::playbackFinished);
        QTest::mouseClick(button("acrossReplayButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("espeak_tts"));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(started.count(), 1);
        QCOMPARE(played.count(), 1);                      // the virtual speaker took every byte
        QCOMPARE(m_activity->entries().size(), requests); // no new synthesis
        QVERIFY(!m_page->isActive());
    }

    void saveWritesTheRowAsWav()
    {
        VD_REQUIRE_TEST_AUDIO();
        QVERIFY(table());
        table()->setCurrentIndex(table()->model()->index(0, 0));
        const double duration = number(0, 3);
        QVERIFY(duration > 0);
        const QString path = m_dir.filePath("flite-across.wav");
        QSignalSpy saved(m_page.get(), &TextToSpeechPage::saved);
        answerSaveDialog(path);
        QTest::mouseClick(button("acrossSaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QVERIFY2(m_dialogTitle.contains("flite_tts"), qPrintable(m_dialogTitle));
        QCOMPARE(saved.at(0).at(0).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(12);
        QVERIFY(header.startsWith("RIFF") && header.endsWith("WAVE"));
        const Result<AudioClip> clip = decodeAudioFile(path);
        QVERIFY(clip.hasValue());
        QCOMPARE(QString::number(clip->durationSeconds(), 'f', 2), QString::number(duration, 'f', 2));
    }

    void aNewRunClearsTheRowsAndStopMarksThemStopped()
    {
        VD_REQUIRE_TEST_AUDIO();
        QVERIFY(table());
        QSignalSpy across(m_page.get(), &TextToSpeechPage::acrossFinished);
        QTest::mouseClick(button("playAcrossButton"), Qt::LeftButton);
        QCOMPARE(table()->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(row, 2), QString()); // the last run's latency is gone
            QCOMPARE(cell(row, 3), QString());
        }
        QVERIFY(!button("acrossReplayButton")->isEnabled());
        m_page->stop();
        QCOMPARE(across.count(), 1);
        QCOMPARE(cell(0, 1), QStringLiteral("stopped"));
        QCOMPARE(cell(1, 1), QStringLiteral("stopped"));
    }
};

QTEST_MAIN(TestTtsAcross)
#include "tst_ttsacross.moc"
