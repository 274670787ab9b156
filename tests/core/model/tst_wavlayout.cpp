#include "core/model/wavlayout.h"
#include "tests/support/wavbytes.h"

#include <QTest>

using namespace vd;
using test::pcmFrames;
using test::wavHeader;

// The RIFF/WAVE header walk that finds a TTS answer's sample rate and its 16-bit samples.
class TestWavLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsACanonicalHeader();
    void walksPastChunksBeforeFmtAndPadsOddSizes();
    void onlyWholePlainPcm16IsReadDirectly_data();
    void onlyWholePlainPcm16IsReadDirectly();
    void refusesWhatIsNotAWav_data();
    void refusesWhatIsNotAWav();
};

void TestWavLayout::readsACanonicalHeader()
{
    const QByteArray wav = wavHeader(24000, 2, 400) + pcmFrames(100, 2);
    const std::optional<WavLayout> layout = WavLayout::of(wav);
    QVERIFY(layout);
    QCOMPARE(layout->formatTag, WavLayout::kPcmFormat);
    QCOMPARE(layout->channels, 2);
    QCOMPARE(layout->sampleRate, 24000);
    QCOMPARE(layout->bitsPerSample, 16);
    QCOMPARE(layout->blockAlign, 4);
    QCOMPARE(layout->dataOffset, qsizetype(44));
    QCOMPARE(layout->declaredDataBytes, qint64(400));
    QVERIFY(layout->isCompletePcm16(wav.size()));
    QCOMPARE(wavSampleRate(wav), 24000);
}

void TestWavLayout::walksPastChunksBeforeFmtAndPadsOddSizes()
{
    QByteArray wav = wavHeader(16000, 1, 200) + pcmFrames(100);
    wav.insert(12, QByteArray("LIST\x03\0\0\0abc\0", 12)); // 3 bytes of body and a pad byte
    const std::optional<WavLayout> layout = WavLayout::of(wav);
    QVERIFY(layout);
    QCOMPARE(layout->sampleRate, 16000);
    QCOMPARE(layout->dataOffset, qsizetype(44 + 12));
    QVERIFY(layout->isCompletePcm16(wav.size()));
    QCOMPARE(wavSampleRate(wav), 16000);
}

void TestWavLayout::onlyWholePlainPcm16IsReadDirectly_data()
{
    QTest::addColumn<QByteArray>("wav");
    QTest::addColumn<bool>("direct");

    QTest::newRow("complete") << wavHeader(16000, 1, 200) + pcmFrames(100) << true;
    QTest::newRow("other chunks after the data")
        << wavHeader(16000, 1, 200) + pcmFrames(100) + "LIST\0\0\0\0" << true;
    QTest::newRow("streamed: no real data size") << wavHeader(16000, 1, 0xFFFFFFFF) + pcmFrames(100) << false;
    QTest::newRow("data size 0") << wavHeader(16000, 1, 0) + pcmFrames(100) << false;
    QTest::newRow("body shorter than declared") << wavHeader(16000, 1, 202) + pcmFrames(100) << false;
    QTest::newRow("half a stereo frame") << wavHeader(16000, 2, 202) + pcmFrames(101) << false;
    QTest::newRow("24-bit") << wavHeader(16000, 1, 300, 24) + pcmFrames(150) << false;
    QByteArray floats = wavHeader(16000, 1, 400, 32) + pcmFrames(200);
    floats[20] = 3; // WAVE_FORMAT_IEEE_FLOAT
    QTest::newRow("32-bit float") << floats << false;
    QByteArray zeroChannels = wavHeader(16000, 1, 200) + pcmFrames(100);
    zeroChannels[22] = 0;
    QTest::newRow("0 channels") << zeroChannels << false;
}

void TestWavLayout::onlyWholePlainPcm16IsReadDirectly()
{
    QFETCH(QByteArray, wav);
    QFETCH(bool, direct);
    const std::optional<WavLayout> layout = WavLayout::of(wav);
    QVERIFY(layout);
    QCOMPARE(layout->isCompletePcm16(wav.size()), direct);
}

void TestWavLayout::refusesWhatIsNotAWav_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("this is not audio at all, just some words");
    QTest::newRow("RIFF of another kind") << QByteArray("RIFF\x10\0\0\0AVI LIST\0\0\0\0", 20);
    QTest::newRow("fmt chunk cut short") << wavHeader(16000, 1, 200).left(30);
    QTest::newRow("data before fmt") << QByteArray("RIFF\x0c\0\0\0WAVEdata\0\0\0\0", 20);
}

void TestWavLayout::refusesWhatIsNotAWav()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!WavLayout::of(bytes));
    QCOMPARE(wavSampleRate(bytes), 0);
}

QTEST_GUILESS_MAIN(TestWavLayout)
#include "tst_wavlayout.moc"
