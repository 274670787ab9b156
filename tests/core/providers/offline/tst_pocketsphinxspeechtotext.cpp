#include "core/audio/audiodecoder.h"
#include "core/evaluation/worderrorrate.h"
#include "core/model/provider.h"
#include "tests/core/providers/offline/offlineplugins.h"

#include <QTest>
#include <QThreadPool>

using namespace vd;
using namespace vd::test;

// pocketsphinx_stt recognises English: checked end to end on speech from flite_tts.
class TestPocketSphinxSpeechToText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognisesFliteSpeechWithLowWordErrorRate();
    void transcribesConcurrentRequests();
    void reportsWordSegmentsInOrder();
    void cancellingMidTranscriptionStopsTheWork();
    void refusesOtherLanguagesAndEmptyAudio();

private:
    AudioClip speak(const QString& text, const QString& voice = QStringLiteral("slt"));
    std::unique_ptr<TextToSpeechProvider> m_flite;
    std::unique_ptr<SpeechToTextProvider> m_sphinx;
};

void TestPocketSphinxSpeechToText::initTestCase()
{
    m_flite = createProvider<TextToSpeechProvider>(QStringLiteral("flite_tts"));
    m_sphinx = createProvider<SpeechToTextProvider>(QStringLiteral("pocketsphinx_stt"));
    QVERIFY(m_flite && m_sphinx);
}

AudioClip TestPocketSphinxSpeechToText::speak(const QString& text, const QString& voice)
{
    SynthesisRequest request;
    request.text = text;
    request.voice = voice;
    const auto job = runJob(m_flite->synthesize(request));
    if (!job->isFinished() || job->hasError())
        return {};
    return decodeAudio(job->audio()).valueOr(AudioClip{});
}

void TestPocketSphinxSpeechToText::recognisesFliteSpeechWithLowWordErrorRate()
{
    const QStringList sentences{
        QStringLiteral("turn on the kitchen lights and set a timer for ten minutes"),
        QStringLiteral("what is the weather like tomorrow morning"),
        QStringLiteral("play some music in the living room"),
        QStringLiteral("call my mother on her mobile phone"),
        QStringLiteral("remind me to buy milk when i get home"),
        QStringLiteral("turn off the radio and close the window"),
    };
    // Start every transcription at once: the decoder pool serves them side by side.
    std::vector<std::unique_ptr<TranscribeJob>> jobs;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const QString& sentence : sentences) {
        const QString voice = jobs.size() % 2 ? QStringLiteral("rms") : QStringLiteral("slt");
        const AudioClip clip = speak(sentence, voice);
        QVERIFY(!clip.isEmpty());
        TranscribeJob* job = m_sphinx->transcribe({clip, QStringLiteral("en-US"), sentence});
        job->setAutoDelete(false);
        spies.push_back(std::make_unique<QSignalSpy>(job, &ProviderJob::finished));
        jobs.emplace_back(job);
        job->start();
    }
    int errors = 0;
    int words = 0;
    for (size_t i = 0; i < jobs.size(); ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(jobs[i]->isFinished(), 90000);
        QVERIFY2(!jobs[i]->hasError(), qPrintable(errorText(*jobs[i])));
        const Transcript& transcript = jobs[i]->transcript();
        QCOMPARE(transcript.language, QStringLiteral("en-US"));
        QVERIFY(transcript.confidence.has_value());
        const WordErrorRate wer = computeWordErrorRate(sentences[qsizetype(i)], transcript.text).value();
        qInfo().noquote() << "heard:" << transcript.text << "| WER" << wer.rate;
        errors += wer.errors();
        words += wer.referenceWords;
    }
    const double overall = double(errors) / words;
    QVERIFY2(overall <= 0.15, qPrintable(QStringLiteral("overall WER %1").arg(overall)));
}

void TestPocketSphinxSpeechToText::transcribesConcurrentRequests()
{
    const AudioClip clip = speak(QStringLiteral("open the garage door"));
    const auto first = m_sphinx->transcribe({clip, {}, {}});
    const auto second = m_sphinx->transcribe({clip, {}, {}});
    first->setAutoDelete(false);
    const std::unique_ptr<TranscribeJob> a(first); // started here, waited for below with the second
    first->start();
    const auto b = runJob(second, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(a->isFinished(), 60000);
    QVERIFY(!a->hasError() && !b->hasError());
    QCOMPARE(a->transcript().text, b->transcript().text);
}

void TestPocketSphinxSpeechToText::reportsWordSegmentsInOrder()
{
    const AudioClip clip = speak(QStringLiteral("turn on the kitchen lights"));
    const auto job = runJob(m_sphinx->transcribe({clip, {}, {}}));
    QVERIFY2(job->isFinished() && !job->hasError(), qPrintable(errorText(*job)));
    const QList<TranscriptSegment>& segments = job->transcript().segments;
    QVERIFY(!segments.isEmpty());
    double previousEnd = 0.0;
    QStringList words;
    for (const TranscriptSegment& segment : segments) {
        QVERIFY(segment.startSeconds >= previousEnd - 1e-9);
        QVERIFY(segment.endSeconds > segment.startSeconds);
        QVERIFY(segment.endSeconds <= clip.durationSeconds() + 0.05);
        previousEnd = segment.endSeconds;
        words.append(segment.text);
    }
    QCOMPARE(words.join(QLatin1Char(' ')), job->transcript().text);
}

void TestPocketSphinxSpeechToText::cancellingMidTranscriptionStopsTheWork()
{
    // About a minute of speech: decoding it all would take far longer than the bounds below.
    const AudioClip sentence =
        speak(QStringLiteral("set a timer for ten minutes and then turn on the lights"));
    QVERIFY(!sentence.isEmpty());
    AudioClip clip = sentence;
    while (clip.durationSeconds() < 60.0)
        clip.samples.append(sentence.samples);

    QThreadPool* pool = QThreadPool::globalInstance();
    QVERIFY(pool->waitForDone(60000)); // nothing else is running
    TranscribeJob* job = m_sphinx->transcribe({clip, {}, {}});
    job->setAutoDelete(false);
    std::unique_ptr<TranscribeJob> owner(job);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(pool->activeThreadCount() > 0, 10000); // the decoding has begun
    job->cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error().kind, ErrorKind::Cancelled);
    QVERIFY2(pool->waitForDone(8000), "the decoder kept working after the cancel");
}

void TestPocketSphinxSpeechToText::refusesOtherLanguagesAndEmptyAudio()
{
    const AudioClip clip = speak(QStringLiteral("hello"));
    const auto russian = runJob(m_sphinx->transcribe({clip, QStringLiteral("ru-RU"), {}}));
    QVERIFY(russian->hasError());
    QCOMPARE(russian->error().kind, ErrorKind::Unsupported);
    QVERIFY(russian->error().message.contains(QLatin1String("ru-RU")));

    const auto empty = runJob(m_sphinx->transcribe({AudioClip{}, {}, {}}));
    QVERIFY(empty->hasError());
    QCOMPARE(empty->error().kind, ErrorKind::BadRequest);
}

QTEST_GUILESS_MAIN(TestPocketSphinxSpeechToText)
#include "tst_pocketsphinxspeechtotext.moc"
