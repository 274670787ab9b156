#include "core/audio/audiodecoder.h"
#include "core/audio/audioencoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace vd;

namespace {

AudioClip sine(int rate, int channels, double seconds, float amplitude = 0.5f)
{
    AudioClip clip;
    clip.sampleRate = rate;
    clip.channels = channels;
    const qint64 frames = qint64(seconds * rate);
    clip.samples.resize(frames * channels);
    for (qint64 f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c)
            clip.samples[f * channels + c] =
                amplitude * float(std::sin(2 * M_PI * 440.0 * (c + 1) * f / rate));
    return clip;
}

} // namespace

// Encoding clips into files and bytes, atomically, and decoding them back.
class TestAudioEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsRateChannelsAndDuration_data();
    void roundTripKeepsRateChannelsAndDuration();
    void wavRoundTripKeepsSamplesToSixteenBits();
    void sixteenBitAudioRoundTripsBitForBit_data();
    void sixteenBitAudioRoundTripsBitForBit();
    void mp3ResamplesRatesLameCannotEncode();
    void choosesFormatByExtension_data();
    void choosesFormatByExtension();
    void writesFileInTheFormatOfItsExtension();
    void failedWriteLeavesTheOldFileInPlace();
    void refusesUnknownExtensionAndEmptyClip();
    void savesEncodedAudioAsIsOrConverted();
    void clipsSamplesBeyondFullScale();
};

void TestAudioEncoder::roundTripKeepsRateChannelsAndDuration_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("wav mono 16 kHz") << "wav" << 16000 << 1 << 0.0;
    QTest::newRow("wav stereo 44.1 kHz") << "wav" << 44100 << 2 << 0.0;
    QTest::newRow("flac stereo 48 kHz") << "flac" << 48000 << 2 << 0.0;
    QTest::newRow("ogg mono 22.05 kHz") << "ogg" << 22050 << 1 << 0.03;
    QTest::newRow("mp3 mono 24 kHz") << "mp3" << 24000 << 1 << 0.06;
    QTest::newRow("mp3 stereo 44.1 kHz") << "mp3" << 44100 << 2 << 0.06;
    QTest::newRow("pcm mono 24 kHz") << "pcm" << 24000 << 1 << 0.0;
}

void TestAudioEncoder::roundTripKeepsRateChannelsAndDuration()
{
    QFETCH(QString, format);
    QFETCH(int, rate);
    QFETCH(int, channels);
    QFETCH(double, tolerance);

    const Result<EncodedAudio> encoded = encodeAudio(sine(rate, channels, 0.5), format);
    QVERIFY2(encoded.hasValue(), qPrintable(encoded.hasValue() ? QString() : encoded.error().message));
    QCOMPARE(encoded->format, format);
    QVERIFY(!encoded->data.isEmpty());
    const Result<AudioClip> decoded = decodeAudio(*encoded);
    QVERIFY2(decoded.hasValue(), qPrintable(decoded.hasValue() ? QString() : decoded.error().message));
    QCOMPARE(decoded->sampleRate, rate);
    QCOMPARE(decoded->channels, channels);
    QVERIFY2(qAbs(decoded->durationSeconds() - 0.5) <= tolerance + 1e-9,
             qPrintable(QString::number(decoded->durationSeconds())));
}

void TestAudioEncoder::wavRoundTripKeepsSamplesToSixteenBits()
{
    const AudioClip clip = sine(8000, 1, 0.1);
    const Result<AudioClip> decoded = decodeAudio(encodeAudio(clip, QStringLiteral("wav")).value());
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->samples.size(), clip.samples.size());
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        QVERIFY(qAbs(decoded->samples[i] - clip.samples[i]) < 1.0f / 16384);
}

void TestAudioEncoder::sixteenBitAudioRoundTripsBitForBit_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("wav") << QStringLiteral("wav");
    QTest::newRow("flac") << QStringLiteral("flac");
}

// A 16-bit recording, decoded and encoded again (as every upload of a WAV file is), keeps each
// sample: both directions scale by 32768.
void TestAudioEncoder::sixteenBitAudioRoundTripsBitForBit()
{
    QFETCH(QString, format);
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    for (int value = -32768; value < 32768; ++value)
        clip.samples.append(float(value) / 32768.0f);
    const Result<EncodedAudio> encoded = encodeAudio(clip, format);
    QVERIFY(encoded.hasValue());
    const Result<AudioClip> decoded = decodeAudio(*encoded);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->samples, clip.samples);
}

void TestAudioEncoder::mp3ResamplesRatesLameCannotEncode()
{
    const Result<EncodedAudio> encoded = encodeAudio(sine(20000, 1, 0.5), QStringLiteral("mp3"));
    QVERIFY(encoded.hasValue());
    QCOMPARE(encoded->sampleRate, 22050);
    QCOMPARE(decodeAudio(*encoded)->sampleRate, 22050);
}

void TestAudioEncoder::choosesFormatByExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::newRow("wav") << "/tmp/a.wav"
                         << "wav";
    QTest::newRow("upper case FLAC") << "/tmp/a.FLAC"
                                     << "flac";
    QTest::newRow("ogg") << "out.ogg"
                         << "ogg";
    QTest::newRow("opus") << "out.opus"
                          << "ogg";
    QTest::newRow("mp3") << "dir.with.dots/x.mp3"
                         << "mp3";
    QTest::newRow("unknown") << "x.txt"
                             << "";
    QTest::newRow("none") << "x"
                          << "";
}

void TestAudioEncoder::choosesFormatByExtension()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QCOMPARE(audioFormatForPath(path), format);
}

void TestAudioEncoder::writesFileInTheFormatOfItsExtension()
{
    QTemporaryDir dir;
    for (const char* name : {"out.wav", "out.flac", "out.ogg", "out.mp3"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QVERIFY(writeAudioFile(sine(16000, 1, 0.3), path).hasValue());
        const Result<AudioClip> back = decodeAudioFile(path);
        QVERIFY2(back.hasValue(), name);
        QCOMPARE(back->sampleRate, 16000);
    }
    QFile flac(dir.filePath(QStringLiteral("out.flac")));
    QVERIFY(flac.open(QIODevice::ReadOnly));
    QCOMPARE(flac.read(4), QByteArray("fLaC"));
}

void TestAudioEncoder::failedWriteLeavesTheOldFileInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.wav"));
    QVERIFY(writeAudioFile(sine(8000, 1, 0.2), path).hasValue());
    const qint64 size = QFileInfo(path).size();

    AudioClip empty;
    empty.sampleRate = 8000;
    empty.channels = 1;
    const Status failed = writeAudioFile(empty, path);
    QVERIFY(!failed.hasValue());
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.wav")});

    const Status unwritable =
        writeAudioFile(sine(8000, 1, 0.2), dir.filePath(QStringLiteral("missing/x.wav")));
    QVERIFY(!unwritable.hasValue());
    QVERIFY(unwritable.error().message.contains(QLatin1String("missing/x.wav")));
}

void TestAudioEncoder::refusesUnknownExtensionAndEmptyClip()
{
    const Status unknown = writeAudioFile(sine(8000, 1, 0.1), QStringLiteral("/tmp/voice.xyz"));
    QVERIFY(!unknown.hasValue());
    QCOMPARE(unknown.error().kind, ErrorKind::BadRequest);
    QVERIFY(unknown.error().message.contains(QLatin1String(".wav")));
    QVERIFY(!encodeAudio(AudioClip{}, QStringLiteral("wav")).hasValue());
    QVERIFY(!encodeAudio(sine(8000, 1, 0.1), QStringLiteral("aac")).hasValue());
}

void TestAudioEncoder::savesEncodedAudioAsIsOrConverted()
{
    QTemporaryDir dir;
    const EncodedAudio wav = encodeAudio(sine(16000, 1, 0.3), QStringLiteral("wav")).value();
    const QString same = dir.filePath(QStringLiteral("same.wav"));
    QVERIFY(saveEncodedAudio(wav, same).hasValue());
    QFile file(same);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), wav.data);

    const QString converted = dir.filePath(QStringLiteral("converted.flac"));
    QVERIFY(saveEncodedAudio(wav, converted).hasValue());
    const Result<AudioClip> back = decodeAudioFile(converted);
    QVERIFY(back.hasValue());
    QCOMPARE(back->frameCount(), qint64(4800));
}

void TestAudioEncoder::clipsSamplesBeyondFullScale()
{
    const AudioClip loud = sine(8000, 1, 0.1, 2.0f);
    const Result<AudioClip> back = decodeAudio(encodeAudio(loud, QStringLiteral("wav")).value());
    QVERIFY(back.hasValue());
    const auto [low, high] = std::minmax_element(back->samples.cbegin(), back->samples.cend());
    QVERIFY(*high > 0.99f && *low < -0.99f); // saturated, not wrapped to the opposite sign
}

QTEST_GUILESS_MAIN(TestAudioEncoder)
#include "tst_audioencoder.moc"
