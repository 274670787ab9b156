#include "core/audio/audiodecoder.h"
#include "core/audio/audioencoder.h"
#include "tests/support/wavbytes.h"

#include <QFile>
#include <QTest>
#include <cmath>

using namespace vd;

// Decoding of every supported input kind, and clear errors for broken input.
class TestAudioDecoder : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name) { return QStringLiteral(VD_AUDIO_FIXTURES "/") + name; }
    static void compareMeasurementWithDecoding(const EncodedAudio& audio, const QString& name);

private Q_SLOTS:
    void decodesFileToRightRateChannelsAndDuration_data();
    void decodesFileToRightRateChannelsAndDuration();
    void decodesInMemoryBytesLikeTheFile();
    void measuresLikeItDecodes_data();
    void measuresLikeItDecodes();
    void measuresPcmLikeItDecodes_data();
    void measuresPcmLikeItDecodes();
    void decodedSamplesKeepTheirAmplitude();
    void rejectsBrokenFilesWithAMessageNamingThem_data();
    void rejectsBrokenFilesWithAMessageNamingThem();
    void headerClaimingGigabytesDecodesOnlyWhatIsPresent();
    void rejectsMissingFileAndDirectory();
    void rejectsFileLongerThanTheDurationLimit();
    void rejectsFileLargerThanTheSizeLimit();
    void decodesRawPcmWithTheGivenRateAndChannels();
    void rejectsInvalidRawPcm_data();
    void rejectsInvalidRawPcm();
};

void TestAudioDecoder::decodesFileToRightRateChannelsAndDuration_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("tolerance"); // lossy codecs pad or trim a few milliseconds

    QTest::newRow("wav 8-bit 8 kHz mono") << "wav_u8_8000_mono.wav" << 8000 << 1 << 0.5 << 0.0;
    QTest::newRow("wav 16-bit 16 kHz mono") << "wav_s16_16000_mono.wav" << 16000 << 1 << 0.5 << 0.0;
    QTest::newRow("wav 24-bit 22.05 kHz stereo") << "wav_s24_22050_stereo.wav" << 22050 << 2 << 0.2 << 0.0;
    QTest::newRow("wav 32-bit 44.1 kHz mono") << "wav_s32_44100_mono.wav" << 44100 << 1 << 0.2 << 0.0;
    QTest::newRow("wav float 48 kHz stereo") << "wav_f32_48000_stereo.wav" << 48000 << 2 << 0.1 << 0.0;
    QTest::newRow("flac 44.1 kHz stereo") << "flac_s16_44100_stereo.flac" << 44100 << 2 << 0.5 << 0.0;
    QTest::newRow("ogg vorbis 22.05 kHz") << "vorbis_22050_mono.ogg" << 22050 << 1 << 0.5 << 0.03;
    QTest::newRow("ogg opus 48 kHz") << "opus_48000_mono.opus" << 48000 << 1 << 0.5 << 0.03;
    QTest::newRow("mp3 44.1 kHz") << "mp3_44100_mono.mp3" << 44100 << 1 << 0.5 << 0.06;
}

void TestAudioDecoder::decodesFileToRightRateChannelsAndDuration()
{
    QFETCH(QString, file);
    QFETCH(int, rate);
    QFETCH(int, channels);
    QFETCH(double, seconds);
    QFETCH(double, tolerance);

    const Result<AudioClip> clip = decodeAudioFile(fixture(file));
    QVERIFY2(clip.hasValue(), qPrintable(clip.hasValue() ? QString() : clip.error().message));
    QCOMPARE(clip->sampleRate, rate);
    QCOMPARE(clip->channels, channels);
    QVERIFY2(qAbs(clip->durationSeconds() - seconds) <= tolerance + 1e-9,
             qPrintable(QString::number(clip->durationSeconds())));
}

void TestAudioDecoder::decodesInMemoryBytesLikeTheFile()
{
    QFile file(fixture(QStringLiteral("flac_s16_44100_stereo.flac")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<AudioClip> fromBytes = decodeAudio(EncodedAudio{file.readAll(), QStringLiteral("flac")});
    const Result<AudioClip> fromFile = decodeAudioFile(file.fileName());
    QVERIFY(fromBytes.hasValue() && fromFile.hasValue());
    QCOMPARE(fromBytes->samples, fromFile->samples);
}

void TestAudioDecoder::measuresLikeItDecodes_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"wav_u8_8000_mono.wav", "wav_s16_16000_mono.wav", "wav_s24_22050_stereo.wav",
                             "wav_f32_48000_stereo.wav", "flac_s16_44100_stereo.flac", "mp3_44100_mono.mp3",
                             "empty.wav", "not_audio.wav", "header_only.wav", "truncated_data.flac",
                             "lying_rate_zero.wav", "lying_channels.wav", "lying_data_size.wav"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAudioDecoder::measuresLikeItDecodes()
{
    // The router judges TTS answers by measuring them (issue #13): the verdict must be the one
    // the decoded samples give, and a broken answer must fail with the same message.
    QFETCH(QString, file);
    QFile input(fixture(file));
    QVERIFY(input.open(QIODevice::ReadOnly));
    compareMeasurementWithDecoding(EncodedAudio{input.readAll(), QString()}, file);
}

void TestAudioDecoder::measuresPcmLikeItDecodes_data()
{
    // 16-bit PCM is measured where its samples lie, without libsndfile (issue #13); whatever
    // that way does not take (a header past the data, a limit broken) must still be judged alike.
    using test::pcmFrames;
    using test::wavHeader;
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format"); // "pcm": raw, read at `rate` and `channels`
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");
    const QByteArray stereo = pcmFrames(1000, 2);
    QTest::newRow("wav s16 stereo") << wavHeader(24000, 2, quint32(stereo.size())) + stereo << QString() << 0
                                    << 1;
    QByteArray listFirst = wavHeader(22050, 2, quint32(stereo.size())) + stereo;
    listFirst.insert(12, QByteArray("LIST\x03\0\0\0abc\0", 12)); // odd-sized, padded to even
    QTest::newRow("wav with a LIST chunk before fmt") << listFirst << QString() << 0 << 1;
    QTest::newRow("wav whose data runs past the end")
        << wavHeader(16000, 1, 4000) + pcmFrames(1000) << QString() << 0 << 1;
    QTest::newRow("wav at 3 Hz") << wavHeader(3, 1, 2000) + pcmFrames(1000) << QString() << 0 << 1;
    QTest::newRow("raw pcm stereo") << stereo << QStringLiteral("pcm") << 24000 << 2;
    QTest::newRow("raw pcm, half a frame") << stereo.left(6) << QStringLiteral("pcm") << 24000 << 2;
    // Full scale, where a sum of squares in 32 bits would overflow; an odd count leaves a tail
    // after the eight-sample steps.
    QByteArray fullScale(2 * 1001, '\0');
    for (int i = 0; i < 1001; ++i)
        qToLittleEndian<qint16>(i % 3 == 2 ? 32767 : -32768, fullScale.data() + 2 * i);
    QTest::newRow("wav at full scale")
        << wavHeader(16000, 1, quint32(fullScale.size())) + fullScale << QString() << 0 << 1;
    QTest::newRow("raw pcm at full scale") << fullScale << QStringLiteral("pcm") << 16000 << 1;
}

void TestAudioDecoder::measuresPcmLikeItDecodes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);
    QFETCH(int, rate);
    QFETCH(int, channels);
    compareMeasurementWithDecoding(EncodedAudio{data, format, rate, channels}, QStringLiteral("answer.wav"));
}

void TestAudioDecoder::compareMeasurementWithDecoding(const EncodedAudio& audio, const QString& name)
{
    const Result<AudioClip> decoded = decodeAudio(audio, name);
    const Result<AudioMeasurement> measured = measureAudio(audio, name);
    QCOMPARE(measured.hasValue(), decoded.hasValue());
    if (!decoded) {
        QCOMPARE(measured.error().message, decoded.error().message);
        return;
    }
    QCOMPARE(measured->sampleRate, decoded->sampleRate);
    QCOMPARE(measured->channels, decoded->channels);
    QCOMPARE(measured->samples, qint64(decoded->samples.size()));
    double peak = 0.0;
    double sumSquares = 0.0;
    for (const float sample : decoded->samples) {
        peak = std::max(peak, double(std::abs(sample)));
        sumSquares += double(sample) * double(sample);
    }
    QVERIFY(peak > 0.0);
    QCOMPARE(measured->peak, peak);
    QCOMPARE(measured->sumSquares, sumSquares);
    QCOMPARE(measured->seconds(), decoded->durationSeconds());
}

void TestAudioDecoder::decodedSamplesKeepTheirAmplitude()
{
    // The fixtures are sines at half scale, whatever the sample format.
    for (const char* name : {"wav_u8_8000_mono.wav", "wav_s16_16000_mono.wav", "wav_s24_22050_stereo.wav",
                             "wav_f32_48000_stereo.wav"}) {
        const Result<AudioClip> clip = decodeAudioFile(fixture(QLatin1String(name)));
        QVERIFY(clip.hasValue());
        const auto [low, high] = std::minmax_element(clip->samples.cbegin(), clip->samples.cend());
        QVERIFY2(*high > 0.45f && *high < 0.55f && *low < -0.45f && *low > -0.55f, name);
    }
}

void TestAudioDecoder::rejectsBrokenFilesWithAMessageNamingThem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << "empty.wav"
                           << "is empty";
    QTest::newRow("text with .wav extension") << "not_audio.wav"
                                              << "not audio";
    QTest::newRow("header cut short") << "truncated_header.wav"
                                      << "not audio";
    QTest::newRow("header without samples") << "header_only.wav"
                                            << "no audio samples";
    QTest::newRow("flac cut in half") << "truncated_data.flac"
                                      << "truncated";
    QTest::newRow("sample rate 0") << "lying_rate_zero.wav"
                                   << "damaged";
    QTest::newRow("200 channels") << "lying_channels.wav"
                                  << "channels";
}

void TestAudioDecoder::rejectsBrokenFilesWithAMessageNamingThem()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);

    const Result<AudioClip> clip = decodeAudioFile(fixture(file));
    QVERIFY(!clip.hasValue());
    QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
    QVERIFY2(clip.error().message.contains(file), qPrintable(clip.error().message));
    QVERIFY2(clip.error().message.contains(problem), qPrintable(clip.error().message));
}

void TestAudioDecoder::headerClaimingGigabytesDecodesOnlyWhatIsPresent()
{
    // The data chunk announces ~2 GiB; nothing of that size may be allocated.
    const Result<AudioClip> clip = decodeAudioFile(fixture(QStringLiteral("lying_data_size.wav")));
    QVERIFY(clip.hasValue());
    QCOMPARE(clip->frameCount(), qint64(8000));
}

void TestAudioDecoder::rejectsMissingFileAndDirectory()
{
    const Result<AudioClip> missing = decodeAudioFile(fixture(QStringLiteral("no_such_file.wav")));
    QVERIFY(!missing.hasValue());
    QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
    const Result<AudioClip> directory = decodeAudioFile(QStringLiteral(VD_AUDIO_FIXTURES));
    QVERIFY(!directory.hasValue());
    QCOMPARE(directory.error().kind, ErrorKind::BadRequest);
}

void TestAudioDecoder::rejectsFileLongerThanTheDurationLimit()
{
    AudioLimits limits;
    limits.maxDurationSeconds = 0.25;
    const Result<AudioClip> clip = decodeAudioFile(fixture(QStringLiteral("wav_s16_16000_mono.wav")), limits);
    QVERIFY(!clip.hasValue());
    QVERIFY2(clip.error().message.contains(QLatin1String("limit")), qPrintable(clip.error().message));
    // Formats whose header does not tell the length are caught while reading.
    const Result<AudioClip> mp3 = decodeAudioFile(fixture(QStringLiteral("mp3_44100_mono.mp3")), limits);
    QVERIFY(!mp3.hasValue());
}

void TestAudioDecoder::rejectsFileLargerThanTheSizeLimit()
{
    AudioLimits limits;
    limits.maxFileBytes = 1000;
    const Result<AudioClip> clip = decodeAudioFile(fixture(QStringLiteral("wav_s16_16000_mono.wav")), limits);
    QVERIFY(!clip.hasValue());
    QVERIFY2(clip.error().message.contains(QLatin1String("larger than")), qPrintable(clip.error().message));
}

void TestAudioDecoder::decodesRawPcmWithTheGivenRateAndChannels()
{
    QByteArray pcm(24000 * 2 * 2, '\0'); // one second of 24 kHz stereo silence
    const Result<AudioClip> clip = decodeAudio(EncodedAudio{pcm, QStringLiteral("pcm"), 24000, 2});
    QVERIFY(clip.hasValue());
    QCOMPARE(clip->sampleRate, 24000);
    QCOMPARE(clip->channels, 2);
    QCOMPARE(clip->durationSeconds(), 1.0);
}

void TestAudioDecoder::rejectsInvalidRawPcm_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");

    QTest::newRow("no bytes") << QByteArray() << 16000 << 1;
    QTest::newRow("half a sample") << QByteArray(3, '\0') << 16000 << 1;
    QTest::newRow("rate 0") << QByteArray(4, '\0') << 0 << 1;
    QTest::newRow("rate 1 MHz") << QByteArray(4, '\0') << 1000000 << 1;
    QTest::newRow("9 channels") << QByteArray(36, '\0') << 16000 << 9;
}

void TestAudioDecoder::rejectsInvalidRawPcm()
{
    QFETCH(QByteArray, data);
    QFETCH(int, rate);
    QFETCH(int, channels);

    const Result<AudioClip> clip =
        decodeAudio(EncodedAudio{data, QStringLiteral("pcm"), rate, channels}, QStringLiteral("reply.pcm"));
    QVERIFY(!clip.hasValue());
    QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
    QVERIFY(clip.error().message.contains(QLatin1String("reply.pcm")));
}

QTEST_GUILESS_MAIN(TestAudioDecoder)
#include "tst_audiodecoder.moc"
