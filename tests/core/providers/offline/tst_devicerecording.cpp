#include "core/audio/audioconvert.h"
#include "core/audio/audioencoder.h"
#include "core/evaluation/worderrorrate.h"
#include "core/model/provider.h"
#include "tests/core/providers/offline/offlineplugins.h"

#include <QAudioSource>
#include <QBuffer>
#include <QMediaDevices>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;
using namespace vd::test;

namespace {

// Runs a short command to completion, bounded; returns its standard output, or null on failure.
QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

} // namespace

// A real recording: Flite's speech is played into the PulseAudio null sink vd_out, recorded from
// the virtual microphone vd_mic on its monitor with QAudioSource, and transcribed by PocketSphinx.
class TestDeviceRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsSpeechPlayedIntoTheVirtualMicrophone();
};

void TestDeviceRecording::initTestCase()
{
    if (run(QStringLiteral("pactl"), {QStringLiteral("info")}).isNull()) {
        const char* why =
            "No PulseAudio server is reachable ('pactl info' failed). Start one with the "
            "null sink vd_out and the virtual source vd_mic as PLATFORM.md (\"Virtual microphone\") shows.";
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(why);
        QSKIP(why);
    }
}

void TestDeviceRecording::recordsSpeechPlayedIntoTheVirtualMicrophone()
{
    const QString sentence = QStringLiteral("turn on the kitchen lights and set a timer for ten minutes");
    auto flite = createProvider<TextToSpeechProvider>(QStringLiteral("flite_tts"));
    auto sphinx = createProvider<SpeechToTextProvider>(QStringLiteral("pocketsphinx_stt"));
    QVERIFY(flite && sphinx);
    SynthesisRequest request;
    request.text = sentence;
    const auto speech = runJob(flite->synthesize(request));
    QVERIFY2(speech->isFinished() && !speech->hasError(), qPrintable(errorText(*speech)));
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("speech.wav"));
    QVERIFY(saveEncodedAudio(speech->audio(), wav).hasValue());

    // The virtual microphone by id: Qt 6.4 may report the wrong default input (QTBUG-112219).
    QAudioDevice microphone = QMediaDevices::defaultAudioInput();
    for (const QAudioDevice& device : QMediaDevices::audioInputs()) {
        if (device.id() == "vd_mic")
            microphone = device;
    }
    QVERIFY2(!microphone.isNull(), "PulseAudio runs but offers no audio input; load vd_mic (PLATFORM.md)");
    QAudioFormat format;
    format.setSampleRate(16000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QAudioSource source(microphone, format);
    QBuffer recording;
    recording.open(QIODevice::WriteOnly);
    source.start(&recording);
    QCOMPARE(source.error(), QAudio::NoError);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), QAudio::ActiveState, 10000);

    QProcess player;
    QSignalSpy played(&player, &QProcess::finished);
    const bool haveSink = run(QStringLiteral("pactl"),
                              {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")})
                              .contains("vd_out");
    player.start(QStringLiteral("paplay"),
                 haveSink ? QStringList{QStringLiteral("--device=vd_out"), wav} : QStringList{wav});
    QVERIFY2(played.wait(30000), "paplay did not finish");
    QCOMPARE(player.exitCode(), 0);
    // Keep recording half a second more for what is still in the devices' buffers.
    const qint64 atEnd = recording.size();
    QTRY_VERIFY_WITH_TIMEOUT(recording.size() >= atEnd + 16000, 10000);
    source.stop();

    const AudioClip clip = fromPcm16(recording.data(), 16000, 1);
    QVERIFY(clip.durationSeconds() > 2.0);
    const auto job = runJob(sphinx->transcribe({clip, QStringLiteral("en-US"), QStringLiteral("vd_mic")}));
    QVERIFY2(job->isFinished() && !job->hasError(), qPrintable(errorText(*job)));
    const WordErrorRate wer = computeWordErrorRate(sentence, job->transcript().text).value();
    qInfo().noquote() << "recorded" << clip.durationSeconds() << "s, heard:" << job->transcript().text;
    QVERIFY2(wer.rate <= 0.35,
             qPrintable(QStringLiteral("WER %1 for '%2'").arg(wer.rate).arg(job->transcript().text)));
}

QTEST_GUILESS_MAIN(TestDeviceRecording)
#include "tst_devicerecording.moc"
