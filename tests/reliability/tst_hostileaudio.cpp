#include "core/audio/audiodecoder.h"
#include "core/audio/audioencoder.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "tests/reliability/mockruntime.h"
#include "tests/support/wavbytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace vd;
using namespace vd::test;

namespace {

// The size and a hash of the first MiB (where every header lies): enough to see any change a
// decoder could make, without hashing the sparse five-hour file.
QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::number(file.size()) + ':' +
           QCryptographicHash::hash(file.read(1 << 20), QCryptographicHash::Sha256).toHex();
}

// `seconds` of silence at 384 kHz × 8 channels as FLAC, the most libsndfile and our limits allow.
QByteArray hiResSilence(double seconds)
{
    AudioClip silence;
    silence.sampleRate = 384000;
    silence.channels = 8;
    silence.samples.resize(qsizetype(seconds * silence.sampleRate) * silence.channels);
    const Result<EncodedAudio> flac = encodeAudio(silence, QStringLiteral("flac"));
    return flac ? flac->data : QByteArray();
}

// Makes a FLAC's STREAMINFO announce `frames`: the low 36 bits of the big-endian 64-bit field at
// byte 18 (after "fLaC", the block header and the block and frame sizes).
QByteArray announcingFrames(QByteArray flac, quint64 frames)
{
    const quint64 field = qFromBigEndian<quint64>(flac.constData() + 18);
    qToBigEndian<quint64>((field & ~((quint64(1) << 36) - 1)) | frames, flac.data() + 18);
    return flac;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

// Hostile audio input (issue #7): empty, truncated, lying headers, zero samples, absurd rates and
// channel counts, hours of audio, non-audio bytes with an audio extension. Each is refused with
// a bad_request naming the file and the problem (or decodes what is really there), nothing
// crashes or allocates what the header claims, and the file is left exactly as it was.
class TestHostileAudio : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_inputs = 0;

private Q_SLOTS:
    void cleanupTestCase() { qInfo("hostile audio: %d inputs", m_inputs); }

    void hostileFileIsRefusedAndLeftIntact_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("sparseSize"); // > 0: extend the file with a hole to this size
        QTest::addColumn<QString>("hint");      // in the message; empty: a clip may also decode
        QTest::addColumn<int>("maxFrames");     // a clip that decodes has at most this many frames

        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(200, 'x');
        QTest::newRow("empty file") << "empty.wav" << QByteArray() << qint64(0) << "empty" << 0;
        QTest::newRow("header only, zero samples")
            << "zero.wav" << wavHeader(16000, 1, 0) << qint64(0) << "no audio samples" << 0;
        QTest::newRow("truncated: header announces 1 s, 100 frames present")
            << "truncated.wav" << wavHeader(16000, 1, 32000) + pcmFrames(100) << qint64(0) << "" << 100;
        QTest::newRow("lying size: data chunk of 4 GiB")
            << "liar.wav" << wavHeader(16000, 1, 0xfffffff0u) + pcmFrames(400) << qint64(0) << "" << 400;
        QTest::newRow("sample rate 0")
            << "rate0.wav" << wavHeader(0, 1, 200) + pcmFrames(100) << qint64(0) << "rate0.wav" << 0;
        QTest::newRow("sample rate 4 GHz") << "rate4g.wav" << wavHeader(0xffffffffu, 1, 200) + pcmFrames(100)
                                           << qint64(0) << "rate4g.wav" << 0;
        // 16000 samples at 3 Hz were 1.5 h of audio: 9 uploads of 19 MB each in `transcribe`.
        QTest::newRow("sample rate 3 Hz") << "rate3.wav" << wavHeader(3, 1, 32000) + pcmFrames(16000)
                                          << qint64(0) << "4000 to 384000 Hz" << 0;
        QTest::newRow("sample rate 3999 Hz")
            << "rate3999.wav" << wavHeader(3999, 1, 200) + pcmFrames(100) << qint64(0) << "3999 Hz" << 0;
        QTest::newRow("sample rate 4000 Hz decodes")
            << "rate4000.wav" << wavHeader(4000, 1, 200) + pcmFrames(100) << qint64(0) << "" << 100;
        QTest::newRow("sample rate 1 MHz")
            << "rate1m.wav" << wavHeader(1000000, 1, 200) + pcmFrames(100) << qint64(0) << "rate1m.wav" << 0;
        QTest::newRow("zero channels")
            << "ch0.wav" << wavHeader(16000, 0, 200) + pcmFrames(100) << qint64(0) << "ch0.wav" << 0;
        QTest::newRow("65535 channels") << "ch65535.wav" << wavHeader(16000, 65535, 200) + pcmFrames(100)
                                        << qint64(0) << "ch65535.wav" << 0;
        // 5 hours of 8 kHz mono announced, and really there (a sparse file of zeros): over the
        // 4-hour limit, refused from the header before a single sample is read.
        const quint32 fiveHours = 5u * 3600u * 8000u * 2u;
        QTest::newRow("five hours of audio")
            << "hours.wav" << wavHeader(8000, 1, fiveHours) << qint64(44) + fiveHours << "limit" << 0;
        QTest::newRow("PNG bytes named .wav") << "picture.wav" << png << qint64(0) << "not audio" << 0;
        QTest::newRow("text named .mp3")
            << "notes.mp3" << QByteArray("just some notes\n").repeated(40) << qint64(0) << "" << 0;
        QTest::newRow("JSON named .ogg")
            << "data.ogg" << QByteArray(R"({"audio": "nope"})") << qint64(0) << "not audio" << 0;
        QTest::newRow("zeros named .flac") << "zeros.flac" << QByteArray(4096, '\0') << qint64(0) << "" << 0;
        QTest::newRow("RIFF magic, garbage after")
            << "riff.wav" << QByteArray("RIFF\xff\xff\xff\xffWAVE") + png << qint64(0) << "" << 0;
    }
    void hostileFileIsRefusedAndLeftIntact()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(qint64, sparseSize);
        QFETCH(QString, hint);
        QFETCH(int, maxFrames);
        const QString path = m_dir.filePath(fileName);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            if (sparseSize > 0)
                QVERIFY(file.resize(sparseSize));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup); // read-only, as users' files may be
        const QByteArray before = fingerprint(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        ++m_inputs;

        const Result<AudioClip> clip = decodeAudioFile(path);
        if (clip) {
            QVERIFY2(hint.isEmpty(), "this input must be refused");
            QVERIFY(clip->sampleRate > 0 && clip->channels > 0);
            QVERIFY(clip->frameCount() <= maxFrames);
        } else {
            QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
            QVERIFY2(clip.error().message.contains(fileName), qPrintable(clip.error().message));
            QVERIFY2(clip.error().message.contains(hint, Qt::CaseInsensitive),
                     qPrintable(clip.error().message));
        }
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void pathsThatAreNoFileAreRefused()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.wav")));
        const auto folder = decodeAudioFile(m_dir.filePath(QStringLiteral("folder.wav")));
        QVERIFY(!folder);
        QVERIFY2(folder.error().message.contains(QLatin1String("not a file")),
                 qPrintable(folder.error().message));
        const auto missing = decodeAudioFile(m_dir.filePath(QStringLiteral("missing.wav")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
        m_inputs += 2;
    }

    void hostileRawPcmIsRefused_data()
    {
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("rate 0") << 0 << 1 << pcmFrames(10);
        QTest::newRow("negative rate") << -16000 << 1 << pcmFrames(10);
        QTest::newRow("rate 3 Hz") << 3 << 1 << pcmFrames(16000);
        QTest::newRow("rate 2^31-1") << std::numeric_limits<int>::max() << 1 << pcmFrames(10);
        QTest::newRow("zero channels") << 16000 << 0 << pcmFrames(10);
        QTest::newRow("negative channels") << 16000 << -2 << pcmFrames(10);
        QTest::newRow("odd byte count") << 16000 << 1 << QByteArray(7, 'a');
        QTest::newRow("no bytes") << 16000 << 1 << QByteArray();
        QTest::newRow("five hours announced by size") << 8000 << 1 << QByteArray(5 * 3600 * 8000 * 2, '\0');
    }
    void hostileRawPcmIsRefused()
    {
        QFETCH(int, sampleRate);
        QFETCH(int, channels);
        QFETCH(QByteArray, data);
        ++m_inputs;
        const auto clip = decodeAudio(EncodedAudio{data, QStringLiteral("pcm"), sampleRate, channels},
                                      QStringLiteral("mic.pcm"));
        QVERIFY(!clip);
        QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
        QVERIFY2(clip.error().message.contains(QLatin1String("mic.pcm")), qPrintable(clip.error().message));
    }

    // Decompression bombs (issue #18): a few kilobytes of FLAC silence announcing minutes at
    // 384 kHz × 8 channels took 1.08 GB (60 s) or crashed (600 s, 7 GB as floats).
    void hiResBombIsRefusedFromItsHeader()
    {
        const QByteArray quarterSecond = hiResSilence(0.25);
        QVERIFY(quarterSecond.startsWith("fLaC"));
        const QString path = m_dir.filePath(QStringLiteral("bomb600.flac"));
        QVERIFY(writeFile(path, announcingFrames(quarterSecond, 600ull * 384000)));
        ++m_inputs;
        const Result<AudioClip> clip = decodeAudioFile(path);
        QVERIFY(!clip);
        const QString message = clip.error().message;
        QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
        for (const char* part :
             {"bomb600.flac", "600 s", "8-channel", "384000 Hz", "6.87 GiB", "limit is 1.00 GiB"})
            QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
    }

    // Converted while decoding, a hi-res many-channel file costs memory at the size of speech.
    void hiResFileDecodesToSpeechInBoundedMemory()
    {
        const QString path = m_dir.filePath(QStringLiteral("hires4s.flac"));
        QVERIFY(writeFile(path, hiResSilence(4.0))); // 12.3 M samples: 49 MB as floats
        ++m_inputs;
        const Result<AudioClip> speech = decodeAudioFile(path, {}, AudioTarget::speech());
        QVERIFY2(speech, qPrintable(speech ? QString() : speech.error().message));
        QCOMPARE(speech->sampleRate, 16000);
        QCOMPARE(speech->channels, 1);
        QVERIFY(std::abs(speech->frameCount() - 64000) <= 16);
        QVERIFY2(speech->samples.capacity() <= 2 * 64000 + 4096,
                 qPrintable(QString::number(speech->samples.capacity())));
        // The bound is on what is kept: the same file announcing 600 s is 9.6 M samples as speech.
        const QString lying = m_dir.filePath(QStringLiteral("hires600.flac"));
        QVERIFY(writeFile(lying, announcingFrames(hiResSilence(0.25), 600ull * 384000)));
        const Result<AudioClip> truncated = decodeAudioFile(lying, {}, AudioTarget::speech());
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().message.contains(QLatin1String("truncated")),
                 qPrintable(truncated.error().message));
    }

    // A recording with no samples never reaches a provider: every STT provider refuses it first.
    void emptyRecordingIsRefusedBeforeTheNetwork()
    {
        MockProviderServer server;
        QVERIFY(server.listen());
        MockRuntime::setEnvironmentKeys("test-key");
        MockRuntime rig(server);
        QVERIFY(rig.build());
        for (const QString& provider : cloudProviderNames()) {
            if (!isSttProvider(provider))
                continue;
            AudioClip empty;
            empty.sampleRate = 16000;
            empty.channels = 1;
            std::unique_ptr<RoutedTranscribeJob> job(rig.runtime()->router().transcribe(
                TranscriptionRequest{empty, QStringLiteral("en-US"), QStringLiteral("silence.wav")},
                provider));
            job->setAutoDelete(false);
            QSignalSpy finished(job.get(), &ProviderJob::finished);
            job->start();
            QVERIFY(finished.wait(10000));
            QVERIFY(job->hasError());
            QVERIFY2(job->error().kind == ErrorKind::BadRequest, qPrintable(job->error().summary()));
            ++m_inputs;
        }
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileAudio)
#include "tst_hostileaudio.moc"
