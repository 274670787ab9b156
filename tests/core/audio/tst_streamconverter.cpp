#include "core/audio/audioconvert.h"
#include "core/audio/audiodecoder.h"

#include <QTest>
#include <cmath>

using namespace vd;

// Decoding straight into another format (issue #18): downmixing and resampling block by block
// while decoding gives what converting the whole decoded clip gives, for every input kind.
class TestStreamConverter : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name) { return QStringLiteral(VD_AUDIO_FIXTURES "/") + name; }

private Q_SLOTS:
    void decodingIntoATargetMatchesConvertingAfterwards_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rate");
        QTest::addColumn<bool>("mono");
        const char* files[] = {
            "wav_u8_8000_mono.wav",   "wav_s16_16000_mono.wav",   "wav_s24_22050_stereo.wav",
            "wav_s32_44100_mono.wav", "wav_f32_48000_stereo.wav", "flac_s16_44100_stereo.flac",
            "vorbis_22050_mono.ogg",  "opus_48000_mono.opus",     "mp3_44100_mono.mp3"};
        for (const char* file : files) {
            QTest::addRow("%s as speech", file) << QString::fromLatin1(file) << 16000 << true;
            QTest::addRow("%s at 24 kHz, channels kept", file) << QString::fromLatin1(file) << 24000 << false;
            QTest::addRow("%s as mono, rate kept", file) << QString::fromLatin1(file) << 0 << true;
        }
    }
    void decodingIntoATargetMatchesConvertingAfterwards()
    {
        QFETCH(QString, file);
        QFETCH(int, rate);
        QFETCH(bool, mono);
        const Result<AudioClip> whole = decodeAudioFile(fixture(file));
        QVERIFY(whole);
        AudioClip expected = mono ? downmixToMono(*whole) : *whole;
        if (rate > 0)
            expected = resample(expected, rate);

        const Result<AudioClip> streamed = decodeAudioFile(fixture(file), {}, AudioTarget{rate, mono});
        QVERIFY2(streamed, qPrintable(streamed ? QString() : streamed.error().message));
        QCOMPARE(streamed->sampleRate, expected.sampleRate);
        QCOMPARE(streamed->channels, expected.channels);
        QVERIFY2(
            std::abs(streamed->frameCount() - expected.frameCount()) <= 1,
            qPrintable(
                QStringLiteral("%1 vs %2 frames").arg(streamed->frameCount()).arg(expected.frameCount())));
        float worst = 0.0f;
        const qsizetype common = std::min(streamed->samples.size(), expected.samples.size());
        for (qsizetype i = 0; i < common; ++i)
            worst = std::max(worst, std::abs(streamed->samples[i] - expected.samples[i]));
        QVERIFY2(worst < 1e-3f, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
        // The result grew with what it holds, not with the file: at most twice its size.
        QVERIFY(streamed->samples.capacity() <= 2 * streamed->samples.size() + 4096);
    }
};

QTEST_GUILESS_MAIN(TestStreamConverter)
#include "tst_streamconverter.moc"
