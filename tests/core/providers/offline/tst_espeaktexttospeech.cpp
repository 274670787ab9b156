#include "core/audio/audiodecoder.h"
#include "core/model/provider.h"
#include "tests/core/providers/offline/offlineplugins.h"

#include <QTest>
#include <QThreadPool>

using namespace vd;
using namespace vd::test;

namespace {

SynthesisRequest request(const QString& text, const QString& voice = {}, const QString& language = {})
{
    SynthesisRequest r;
    r.text = text;
    r.voice = voice;
    r.language = language;
    return r;
}

} // namespace

// espeak_tts speaks many languages, Russian included; language picks the voice.
class TestEspeakTextToSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void speaksEnglishAndRussian_data();
    void speaksEnglishAndRussian();
    void russianLanguagePicksTheRussianVoice();
    void speedScalesTheRate();
    void refusesUnknownVoiceAndLanguage();
    void cancelledJobFinishesCancelled();

private:
    double seconds(const SynthesisRequest& r);
    std::unique_ptr<TextToSpeechProvider> m_espeak;
};

void TestEspeakTextToSpeech::initTestCase()
{
    m_espeak = createProvider<TextToSpeechProvider>(QStringLiteral("espeak_tts"));
    QVERIFY(m_espeak);
}

// Duration of the spoken request, or -1 on failure.
double TestEspeakTextToSpeech::seconds(const SynthesisRequest& r)
{
    const auto job = runJob(m_espeak->synthesize(r));
    if (!job->isFinished() || job->hasError()) {
        qWarning() << errorText(*job);
        return -1;
    }
    const Result<AudioClip> clip = decodeAudio(job->audio());
    if (!clip)
        return -1;
    return clip->durationSeconds();
}

void TestEspeakTextToSpeech::speaksEnglishAndRussian_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("voice");
    const char* english = "Turn on the kitchen lights and set a timer for ten minutes.";
    QTest::newRow("English") << english << "en-us";
    QTest::newRow("Russian") << "Включи свет на кухне и поставь таймер на десять минут."
                             << "ru";
    // A voice named by its id, its name, or a language it speaks (en-gb and fr-fr used to fail).
    QTest::newRow("British English by language") << english << "en-gb";
    QTest::newRow("British English by id") << english << "gmw/en";
    QTest::newRow("British English by name") << english << "English (Great Britain)";
    QTest::newRow("French by language")
        << "Allume la lumière de la cuisine et mets un minuteur de dix minutes."
        << "fr-FR";
}

void TestEspeakTextToSpeech::speaksEnglishAndRussian()
{
    QFETCH(QString, text);
    QFETCH(QString, voice);
    const auto job = runJob(m_espeak->synthesize(request(text, voice)));
    QVERIFY2(job->isFinished() && !job->hasError(), qPrintable(errorText(*job)));
    QCOMPARE(job->audio().format, QStringLiteral("wav"));
    const Result<AudioClip> clip = decodeAudio(job->audio());
    QVERIFY(clip.hasValue());
    QCOMPARE(clip->channels, 1);
    QCOMPARE(clip->sampleRate, 22050);
    // About a dozen words at 175 words per minute: a few seconds.
    QVERIFY2(clip->durationSeconds() > 2.0 && clip->durationSeconds() < 10.0,
             qPrintable(QString::number(clip->durationSeconds())));
    const auto [low, high] = std::minmax_element(clip->samples.cbegin(), clip->samples.cend());
    QVERIFY(*high - *low > 0.2f); // not silence
}

void TestEspeakTextToSpeech::russianLanguagePicksTheRussianVoice()
{
    // eSpeak's output varies by a few samples between runs, so voices are told apart by length:
    // the English voice spells Cyrillic out letter by letter and takes far longer.
    const QString text = QStringLiteral("Доброе утро.");
    const double byLanguage = seconds(request(text, {}, QStringLiteral("ru-RU")));
    const double russian = seconds(request(text, QStringLiteral("ru")));
    const double english = seconds(request(text, QStringLiteral("en-us")));
    QVERIFY(byLanguage > 0 && russian > 0 && english > 0);
    QVERIFY2(qAbs(byLanguage - russian) < 0.05 * russian,
             qPrintable(QStringLiteral("%1 vs %2").arg(byLanguage).arg(russian)));
    QVERIFY(english > 1.5 * russian);
}

void TestEspeakTextToSpeech::speedScalesTheRate()
{
    SynthesisRequest r = request(QStringLiteral("The quick brown fox jumps over the lazy dog, twice over."));
    const double normal = seconds(r);
    r.speed = 2.0;
    const double fast = seconds(r);
    QVERIFY(normal > 0 && fast > 0);
    QVERIFY2(fast < 0.75 * normal, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(normal)));
}

void TestEspeakTextToSpeech::refusesUnknownVoiceAndLanguage()
{
    const auto voice =
        runJob(m_espeak->synthesize(request(QStringLiteral("Hello."), QStringLiteral("zz-nonexistent"))));
    QVERIFY(voice->hasError());
    QCOMPARE(voice->error().kind, ErrorKind::BadRequest);
    QVERIFY(voice->error().message.contains(QLatin1String("zz-nonexistent")));
    const auto language =
        runJob(m_espeak->synthesize(request(QStringLiteral("Hello."), {}, QStringLiteral("qq-QQ"))));
    QVERIFY(language->hasError());
    QCOMPARE(language->error().kind, ErrorKind::Unsupported);
}

void TestEspeakTextToSpeech::cancelledJobFinishesCancelled()
{
    // Minutes of speech: the work is still running when the cancel comes.
    SynthesizeJob* job =
        m_espeak->synthesize(request(QStringLiteral("A long text to speak. ").repeated(400)));
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

QTEST_GUILESS_MAIN(TestEspeakTextToSpeech)
#include "tst_espeaktexttospeech.moc"
