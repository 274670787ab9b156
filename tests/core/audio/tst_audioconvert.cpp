#include "core/audio/audioconvert.h"

#include <QTest>
#include <QtEndian>
#include <cmath>

using namespace vd;

namespace {

// Each value from -32768 to 32767 once, little-endian.
QByteArray everySixteenBitSample()
{
    QByteArray pcm(65536 * 2, Qt::Uninitialized);
    for (int i = 0; i < 65536; ++i)
        qToLittleEndian<qint16>(qint16(i - 32768), pcm.data() + 2 * i);
    return pcm;
}

} // namespace

// Resampling, downmixing and 16-bit PCM packing.
class TestAudioConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resamplesToTheTargetRateKeepingDuration_data();
    void resamplesToTheTargetRateKeepingDuration();
    void resampleKeepsAToneAtItsFrequency();
    void downmixAveragesChannels();
    void speechFormatIsMonoAtSixteenKilohertz();
    void pcm16RoundTripsAndClips();
    void everySixteenBitSampleRoundTripsExactly();
    void fromPcm16DropsAnIncompleteFrame();
};

void TestAudioConvert::resamplesToTheTargetRateKeepingDuration_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("48k to 16k") << 48000 << 16000;
    QTest::newRow("8k to 16k") << 8000 << 16000;
    QTest::newRow("44.1k to 16k") << 44100 << 16000;
    QTest::newRow("22.05k to 48k") << 22050 << 48000;
}

void TestAudioConvert::resamplesToTheTargetRateKeepingDuration()
{
    QFETCH(int, from);
    QFETCH(int, to);
    AudioClip clip;
    clip.sampleRate = from;
    clip.channels = 2;
    clip.samples.resize(from * 2); // one second
    const AudioClip out = resample(clip, to);
    QCOMPARE(out.sampleRate, to);
    QCOMPARE(out.channels, 2);
    QVERIFY2(qAbs(out.durationSeconds() - 1.0) < 0.002, qPrintable(QString::number(out.durationSeconds())));
}

void TestAudioConvert::resampleKeepsAToneAtItsFrequency()
{
    AudioClip clip;
    clip.sampleRate = 44100;
    clip.channels = 1;
    for (int i = 0; i < 44100; ++i)
        clip.samples.append(0.5f * float(std::sin(2 * M_PI * 1000.0 * i / 44100)));
    const AudioClip out = resample(clip, 16000);
    // A 1 kHz tone crosses zero upwards 1000 times a second at any sample rate.
    int crossings = 0;
    for (qsizetype i = 1; i < out.samples.size(); ++i)
        crossings += out.samples[i - 1] < 0 && out.samples[i] >= 0;
    QVERIFY2(qAbs(crossings - 1000) <= 2, qPrintable(QString::number(crossings)));
}

void TestAudioConvert::downmixAveragesChannels()
{
    AudioClip stereo;
    stereo.sampleRate = 8000;
    stereo.channels = 2;
    stereo.samples = {1.0f, 0.0f, 0.5f, -0.5f, -1.0f, -0.5f};
    const AudioClip mono = downmixToMono(stereo);
    QCOMPARE(mono.channels, 1);
    QCOMPARE(mono.samples, (QList<float>{0.5f, 0.0f, -0.75f}));
}

void TestAudioConvert::speechFormatIsMonoAtSixteenKilohertz()
{
    AudioClip clip;
    clip.sampleRate = 48000;
    clip.channels = 2;
    clip.samples.resize(48000); // half a second
    const AudioClip speech = toSpeechFormat(clip);
    QCOMPARE(speech.sampleRate, 16000);
    QCOMPARE(speech.channels, 1);
    QVERIFY(qAbs(speech.durationSeconds() - 0.5) < 0.002);
}

void TestAudioConvert::pcm16RoundTripsAndClips()
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples = {0.0f, 0.5f, -0.5f, 2.0f, -2.0f};
    const QByteArray pcm = toPcm16(clip);
    QCOMPARE(pcm.size(), 10);
    QCOMPARE(pcm.mid(6, 2), QByteArray("\xff\x7f", 2)); // +32767, little-endian
    const AudioClip back = fromPcm16(pcm, 16000, 1);
    QCOMPARE(back.samples.size(), 5);
    QVERIFY(qAbs(back.samples[1] - 0.5f) < 1e-4f);
    QVERIFY(qAbs(back.samples[4] + 1.0f) < 1e-4f);
}

void TestAudioConvert::everySixteenBitSampleRoundTripsExactly()
{
    const QByteArray pcm = everySixteenBitSample();
    QCOMPARE(toPcm16(fromPcm16(pcm, 16000, 1)), pcm);
}

void TestAudioConvert::fromPcm16DropsAnIncompleteFrame()
{
    const AudioClip clip = fromPcm16(QByteArray(10, '\0'), 8000, 2); // 5 samples: 2 whole frames
    QCOMPARE(clip.frameCount(), qint64(2));
}

QTEST_GUILESS_MAIN(TestAudioConvert)
#include "tst_audioconvert.moc"
