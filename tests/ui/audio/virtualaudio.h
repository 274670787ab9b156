#pragma once

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QString>
#include <QTest>
#include <cmath>

// The virtual PulseAudio devices of the test environment (PLATFORM.md): a null sink `vd_out` and
// a virtual source `vd_mic` on its monitor, so what is played to vd_out is what vd_mic records.
namespace vd::test {

inline const QByteArray virtualSink = "vd_out";
inline const QByteArray virtualMic = "vd_mic";

// Empty when the devices are usable, else why not.
inline QString virtualAudioProblem()
{
    QProcess pactl;
    pactl.start(QStringLiteral("pactl"), {QStringLiteral("info")});
    if (!pactl.waitForFinished(5000) || pactl.exitStatus() != QProcess::NormalExit || pactl.exitCode() != 0)
        return QStringLiteral("no PulseAudio server reachable (start one with the vd_out sink and vd_mic "
                              "source as PLATFORM.md shows)");
    bool mic = false;
    for (const QAudioDevice& device : QMediaDevices::audioInputs())
        mic = mic || device.id() == virtualMic;
    bool sink = false;
    for (const QAudioDevice& device : QMediaDevices::audioOutputs())
        sink = sink || device.id() == virtualSink;
    if (!mic || !sink)
        return QStringLiteral("PulseAudio runs but Qt sees no vd_mic input / vd_out output (load "
                              "module-null-sink and module-virtual-source as PLATFORM.md shows)");
    return {};
}

// 16-bit mono sine.
inline QByteArray tonePcm16(double frequency, double seconds, int sampleRate, double amplitude = 0.5)
{
    const int frames = int(seconds * sampleRate);
    QByteArray pcm(frames * 2, Qt::Uninitialized);
    auto* out = reinterpret_cast<qint16*>(pcm.data());
    for (int i = 0; i < frames; ++i)
        out[i] = qint16(std::lround(amplitude * 32767.0 * std::sin(2.0 * M_PI * frequency * i / sampleRate)));
    return pcm;
}

} // namespace vd::test

// Skips a test that needs the virtual devices, unless CI is set: there their absence is a failure.
#define VD_REQUIRE_VIRTUAL_AUDIO()                                                                           \
    do {                                                                                                     \
        const QString problem = vd::test::virtualAudioProblem();                                             \
        if (!problem.isEmpty()) {                                                                            \
            if (qEnvironmentVariableIsSet("CI"))                                                             \
                QFAIL(qPrintable(problem));                                                                  \
            QSKIP(qPrintable(problem));                                                                      \
        }                                                                                                    \
    } while (false)
