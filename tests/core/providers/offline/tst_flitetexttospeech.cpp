#include "core/audio/audiodecoder.h"
#include "core/audio/speechaudiocheck.h"
#include "core/model/provider.h"
#include "tests/core/providers/offline/offlineplugins.h"

#include <QTest>
#include <QThreadPool>
#include <cstdlib>

using namespace vd;
using namespace vd::test;

namespace {

SynthesisRequest request(const QString& text, const QString& voice = {}, double speed = 1.0)
{
    SynthesisRequest r;
    r.text = text;
    r.voice = voice;
    r.speed = speed;
    return r;
}

} // namespace

// flite_tts speaks English into WAV at the voice's own rate, with pcmChunk and clear errors.
class TestFliteTextToSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void speaksIntoWavAtTheVoicesRate_data();
    void speaksIntoWavAtTheVoicesRate();
    void emitsTheSameAudioAsPcm();
    void theSameRequestSpeaksTheSameAudio();
    void fasterSpeedGivesShorterAudio();
    void realSpeechPassesTheAudioCheck_data();
    void realSpeechPassesTheAudioCheck();
    void honoursARequestedFormat();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void cancelledJobFinishesCancelled();

private:
    std::unique_ptr<TextToSpeechProvider> m_flite;
};

void TestFliteTextToSpeech::initTestCase()
{
    m_flite = createProvider<TextToSpeechProvider>(QStringLiteral("flite_tts"));
    QVERIFY(m_flite);
}

void TestFliteTextToSpeech::speaksIntoWavAtTheVoicesRate_data()
{
    QTest::addColumn<QString>("voice");
    QTest::addColumn<int>("rate");
    QTest::newRow("slt") << "slt" << 16000;
    QTest::newRow("rms") << "rms" << 16000;
    QTest::newRow("awb") << "awb" << 16000;
    QTest::newRow("kal") << "kal" << 8000;
}

void TestFliteTextToSpeech::speaksIntoWavAtTheVoicesRate()
{
    QFETCH(QString, voice);
    QFETCH(int, rate);
    const auto job =
        runJob(m_flite->synthesize(request(QStringLiteral("Hello there. This is a test."), voice)));
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(errorText(*job)));
    QCOMPARE(job->audio().format, QStringLiteral("wav"));
    QCOMPARE(job->audio().sampleRate, rate);
    QCOMPARE(job->audio().data.left(4), QByteArray("RIFF"));
    const Result<AudioClip> clip = decodeAudio(job->audio());
    QVERIFY(clip.hasValue());
    QCOMPARE(clip->sampleRate, rate);
    QCOMPARE(clip->channels, 1);
    QVERIFY2(clip->durationSeconds() > 0.8 && clip->durationSeconds() < 6.0,
             qPrintable(QString::number(clip->durationSeconds())));
}

void TestFliteTextToSpeech::emitsTheSameAudioAsPcm()
{
    SynthesizeJob* job = m_flite->synthesize(request(QStringLiteral("Good morning.")));
    QSignalSpy chunks(job, &SynthesizeJob::pcmChunk);
    const auto finished = runJob(job);
    QVERIFY(finished->isFinished() && !finished->hasError());
    QCOMPARE(chunks.size(), 1);
    const QByteArray pcm = chunks[0][0].toByteArray();
    QCOMPARE(chunks[0][1].toInt(), 16000);
    const Result<AudioClip> clip = decodeAudio(finished->audio());
    QCOMPARE(pcm.size(), clip->samples.size() * 2);
}

// Flite's excitation noise comes from libc's rand(), whose state every other user in the process
// moves (eSpeak NG calls rand(), libsecret reseeds it): unseeded, each synthesis of a sentence
// differed in most of its samples, and PocketSphinx now and then misheard one (issue #15).
void TestFliteTextToSpeech::theSameRequestSpeaksTheSameAudio()
{
    const QString text = QStringLiteral("Set a timer for ten minutes. Then turn off the lights.");
    const auto first = runJob(m_flite->synthesize(request(text)));
    QVERIFY(first->isFinished() && !first->hasError());
    for (int i = 0; i < 1000; ++i)
        std::rand(); // another part of the process drawing random numbers meanwhile
    const auto second = runJob(m_flite->synthesize(request(text)));
    QVERIFY(second->isFinished() && !second->hasError());
    QVERIFY(!first->audio().data.isEmpty());
    QVERIFY(first->audio().data == second->audio().data);
}

void TestFliteTextToSpeech::realSpeechPassesTheAudioCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("voice");
    QTest::addColumn<double>("speed");
    QTest::newRow("one word") << "Yes."
                              << "slt" << 1.0;
    QTest::newRow("sentence") << "Turn on the lights in the kitchen, please."
                              << "slt" << 1.0;
    QTest::newRow("numbers") << "Call 555 0123 at 10:45."
                             << "rms" << 1.0;
    QTest::newRow("fast") << "Set a timer for ten minutes, please."
                          << "awb" << 3.0;
    QTest::newRow("slow, 8 kHz voice") << "Good morning."
                                       << "kal" << 0.5;
    QTest::newRow("paragraph")
        << QStringLiteral("The weather today is sunny with a light breeze. ").repeated(6) << "slt" << 1.0;
}

// Issue #14: the router's plausibility check must never refuse real speech.
void TestFliteTextToSpeech::realSpeechPassesTheAudioCheck()
{
    QFETCH(QString, text);
    QFETCH(QString, voice);
    QFETCH(double, speed);
    const auto job = runJob(m_flite->synthesize(request(text, voice, speed)));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    const auto defect = SpeechAudioCheck::check(QStringLiteral("flite_tts"), job->audio(), text, speed);
    QVERIFY2(!defect, qPrintable(defect ? defect->message : QString()));
}

void TestFliteTextToSpeech::fasterSpeedGivesShorterAudio()
{
    const QString text = QStringLiteral("Set a timer for ten minutes, please.");
    const auto normal = runJob(m_flite->synthesize(request(text, QStringLiteral("slt"), 1.0)));
    const auto fast = runJob(m_flite->synthesize(request(text, QStringLiteral("slt"), 2.0)));
    QVERIFY(!normal->hasError() && !fast->hasError());
    const double normalSeconds = decodeAudio(normal->audio())->durationSeconds();
    const double fastSeconds = decodeAudio(fast->audio())->durationSeconds();
    QVERIFY2(fastSeconds < 0.7 * normalSeconds,
             qPrintable(QStringLiteral("%1 vs %2").arg(fastSeconds).arg(normalSeconds)));
}

void TestFliteTextToSpeech::honoursARequestedFormat()
{
    SynthesisRequest r = request(QStringLiteral("Testing."));
    r.format = QStringLiteral("flac");
    const auto job = runJob(m_flite->synthesize(r));
    QVERIFY2(!job->hasError(), qPrintable(errorText(*job)));
    QCOMPARE(job->audio().format, QStringLiteral("flac"));
    QCOMPARE(job->audio().data.left(4), QByteArray("fLaC"));
}

void TestFliteTextToSpeech::refusesBadRequests_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("voice");
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("speed");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty text") << "  "
                                << ""
                                << "" << 1.0 << ErrorKind::BadRequest << "no text";
    QTest::newRow("over the limit") << QString(10001, QLatin1Char('a')) << ""
                                    << "" << 1.0 << ErrorKind::TooLarge << "10000";
    QTest::newRow("unknown voice") << "Hello."
                                   << "bogus"
                                   << "" << 1.0 << ErrorKind::BadRequest << "bogus";
    QTest::newRow("Russian") << "Привет."
                             << ""
                             << "ru-RU" << 1.0 << ErrorKind::Unsupported << "ru-RU";
    QTest::newRow("speed zero") << "Hello."
                                << ""
                                << "" << 0.0 << ErrorKind::BadRequest << "Speed";
}

void TestFliteTextToSpeech::refusesBadRequests()
{
    QFETCH(QString, text);
    QFETCH(QString, voice);
    QFETCH(QString, language);
    QFETCH(double, speed);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, mentions);

    SynthesisRequest r = request(text, voice, speed);
    r.language = language;
    const auto job = runJob(m_flite->synthesize(r));
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind, kind);
    QVERIFY2(job->error().message.contains(mentions), qPrintable(job->error().message));
}

void TestFliteTextToSpeech::cancelledJobFinishesCancelled()
{
    // Minutes of speech: the work is still running when the cancel comes.
    SynthesizeJob* job = m_flite->synthesize(request(QStringLiteral("One sentence. ").repeated(400)));
    job->setAutoDelete(false);
    std::unique_ptr<SynthesizeJob> owner(job);
    QSignalSpy finished(job, &ProviderJob::finished);
    QThreadPool* pool = QThreadPool::globalInstance();
    QVERIFY(pool->waitForDone(30000)); // nothing else is running
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(pool->activeThreadCount() > 0, 10000);
    job->cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error().kind, ErrorKind::Cancelled);
    QVERIFY2(pool->waitForDone(10000), "the synthesis kept running after the cancel");
}

QTEST_GUILESS_MAIN(TestFliteTextToSpeech)
#include "tst_flitetexttospeech.moc"
