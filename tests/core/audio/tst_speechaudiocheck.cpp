#include "core/audio/audioencoder.h"
#include "core/audio/speechaudiocheck.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace vd;

Q_DECLARE_METATYPE(vd::AudioClip)

namespace {

const QString kForty = QStringLiteral("The quick brown fox jumps over the dog."); // 39 characters, 31 letters

// A voice-like 160 Hz tone with harmonics, amplitude-modulated like syllables, at `peak` (linear).
AudioClip tone(double seconds, double peak, int rate = 16000)
{
    AudioClip clip;
    clip.sampleRate = rate;
    clip.channels = 1;
    const qint64 frames = qint64(seconds * rate);
    clip.samples.resize(frames);
    const double twoPi = 2.0 * std::numbers::pi;
    for (qint64 i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const double envelope = 0.5 * (1.0 - std::cos(twoPi * 4.0 * t));
        clip.samples[i] = float(peak * envelope * std::sin(twoPi * 160.0 * t));
    }
    return clip;
}

AudioClip zeros(double seconds, int rate = 16000)
{
    AudioClip clip;
    clip.sampleRate = rate;
    clip.channels = 1;
    clip.samples.resize(qint64(seconds * rate));
    return clip;
}

double fromDb(double db)
{
    return std::pow(10.0, db / 20.0);
}

} // namespace

// The plausibility check every routed TTS answer passes (issue #14): silence, near-silence, cut-off
// and absurdly long answers and a sample rate other than declared are invalid_response with a
// message naming the provider and the numbers; plausible speech passes.
class TestSpeechAudioCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesDecodedAudio_data()
    {
        QTest::addColumn<AudioClip>("clip");
        QTest::addColumn<int>("declaredRate");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("expected"); // empty: accepted; else a part of the message

        QTest::newRow("speech-like tone") << tone(2.5, 0.5) << 16000 << kForty << 1.0 << QString();
        QTest::newRow("quiet but audible speech")
            << tone(2.5, fromDb(-30)) << 0 << kForty << 1.0 << QString();
        QTest::newRow("fast speech at speed 2") << tone(0.9, 0.5) << 0 << kForty << 2.0 << QString();
        QTest::newRow("one word") << tone(0.3, 0.5) << 0 << QStringLiteral("Hi.") << 1.0 << QString();
        QTest::newRow("punctuation only may be silent")
            << zeros(0.5) << 0 << QStringLiteral("...") << 1.0 << QString();
        QTest::newRow("long text, short answer beyond the floor's cap")
            << tone(3.5, 0.5) << 0 << kForty.repeated(10) << 1.0 << QString();
        QTest::newRow("digital silence")
            << zeros(1.2) << 0 << kForty << 1.0
            << QStringLiteral("answered 1.20 s of silence (every sample zero) for 39 characters of text");
        QTest::newRow("near silence -72 dBFS")
            << tone(1.2, fromDb(-72)) << 0 << kForty << 1.0
            << QStringLiteral("answered 1.20 s of silence (peak -72 dBFS) for 39 characters of text");
        QTest::newRow("too short") << tone(0.2, 0.5) << 0 << kForty << 1.0
                                   << QStringLiteral("answered only 0.20 s of audio for 39 characters");
        QTest::newRow("empty") << zeros(0.0) << 0 << kForty << 1.0
                               << QStringLiteral("answered no audio at all");
        QTest::newRow("too long") << tone(60.0, 0.5, 8000) << 0 << QStringLiteral("Hi.") << 1.0
                                  << QStringLiteral("answered 60.0 s of audio for 3 characters of text");
        QTest::newRow("rate not as declared")
            << tone(2.5, 0.5, 16000) << 24000 << kForty << 1.0
            << QStringLiteral("answered audio at 16000 Hz where its answer declared 24000 Hz");
    }
    void judgesDecodedAudio()
    {
        QFETCH(AudioClip, clip);
        QFETCH(int, declaredRate);
        QFETCH(QString, text);
        QFETCH(double, speed);
        QFETCH(QString, expected);
        const auto error =
            SpeechAudioCheck::check(QStringLiteral("google_tts"), clip, declaredRate, text, speed);
        if (expected.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            return;
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::InvalidResponse);
        QVERIFY2(error->message.startsWith(QLatin1String("google_tts ")), qPrintable(error->message));
        QVERIFY2(error->message.contains(expected), qPrintable(error->message));
    }

    void judgesEncodedAnswers()
    {
        const Result<EncodedAudio> wav = encodeAudio(tone(2.5, 0.5, 22050), QStringLiteral("wav"));
        QVERIFY(wav.hasValue());
        EncodedAudio audio = *wav;
        audio.sampleRate = 22050;
        QVERIFY(!SpeechAudioCheck::check(QStringLiteral("openai_tts"), audio, kForty));
        audio.sampleRate = 24000; // the answer's own claim disagrees with its header
        const auto mismatch = SpeechAudioCheck::check(QStringLiteral("openai_tts"), audio, kForty);
        QVERIFY(mismatch.has_value());
        QVERIFY2(mismatch->message.contains(QLatin1String("22050 Hz where its answer declared 24000 Hz")),
                 qPrintable(mismatch->message));

        const EncodedAudio garbage{QByteArrayLiteral("this is not audio at all"), QStringLiteral("mp3"), 0,
                                   1};
        const auto undecodable = SpeechAudioCheck::check(QStringLiteral("yandex_tts"), garbage, kForty);
        QVERIFY(undecodable.has_value());
        QCOMPARE(undecodable->kind, ErrorKind::InvalidResponse);
        QVERIFY2(undecodable->message.startsWith(
                     QLatin1String("yandex_tts answered audio that cannot be decoded")),
                 qPrintable(undecodable->message));

        // Raw PCM has no header: the declared rate is how it is read, never a contradiction.
        const QList<float> samples = tone(2.5, 0.5, 24000).samples;
        QByteArray pcm(samples.size() * 2, Qt::Uninitialized);
        auto* out = reinterpret_cast<qint16*>(pcm.data());
        for (qsizetype i = 0; i < samples.size(); ++i)
            out[i] = qint16(std::lround(samples[i] * 32767.0f));
        QVERIFY(!SpeechAudioCheck::check(QStringLiteral("openai_tts"),
                                         EncodedAudio{pcm, QStringLiteral("pcm"), 24000, 1}, kForty));
        QVERIFY(SpeechAudioCheck::check(
            QStringLiteral("openai_tts"),
            EncodedAudio{QByteArray(pcm.size(), '\0'), QStringLiteral("pcm"), 24000, 1}, kForty));
    }

    // Only a pass over a short 16-bit PCM answer may be judged on the routing (GUI) thread;
    // anything to decode, or long, goes to the thread pool (issue #13).
    void isQuickOnlyForShortPcm_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("quick");

        const auto wav = [](double seconds) {
            return encodeAudio(tone(seconds, 0.5, 24000), QStringLiteral("wav"))->data;
        };
        QTest::newRow("wav, 5 s") << wav(5.0) << QStringLiteral("wav") << true;
        QTest::newRow("wav, 15 s") << wav(15.0) << QStringLiteral("wav") << false;
        QTest::newRow("raw pcm at the limit")
            << QByteArray(SpeechAudioCheck::kQuickBytes, '\1') << QStringLiteral("pcm") << true;
        QTest::newRow("raw pcm past the limit")
            << QByteArray(SpeechAudioCheck::kQuickBytes + 2, '\1') << QStringLiteral("pcm") << false;
        QByteArray streamed = wav(1.0);
        streamed.replace(streamed.indexOf("data") + 4, 4, QByteArray(4, '\xff')); // streamed: no real size
        QTest::newRow("wav with a streamed header") << streamed << QStringLiteral("wav") << false;
        QTest::newRow("flac, 1 s") << encodeAudio(tone(1.0, 0.5, 24000), QStringLiteral("flac"))->data
                                   << QStringLiteral("flac") << false;
    }

    void isQuickOnlyForShortPcm()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, format);
        QFETCH(bool, quick);
        QCOMPARE(SpeechAudioCheck::isQuick(EncodedAudio{data, format, 24000, 1}), quick);
    }
};

QTEST_GUILESS_MAIN(TestSpeechAudioCheck)
#include "tst_speechaudiocheck.moc"
