#pragma once

#include "core/model/audioclip.h"
#include "ui/audio/audiolevel.h"

#include <QAudioDevice>
#include <QByteArray>
#include <QObject>
#include <chrono>
#include <memory>

class QAudioSource;
class QIODevice;

namespace vd {

// Records one take from a microphone with QAudioSource at 16 kHz mono signed 16-bit (what
// speech engines want; PulseAudio converts), keeping it in memory. Reports the level every
// ~50 ms of audio and the elapsed time, and stops by itself at the length cap.
// The device is chosen by id (see AudioInput); an empty id records from the system default.
class Recorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int sampleRate = 16000;
    static constexpr int levelIntervalFrames = sampleRate / 20; // 50 ms

    explicit Recorder(QObject* parent = nullptr);
    ~Recorder() override;

    void setDeviceId(const QByteArray& id);
    QByteArray deviceId() const { return m_deviceId; }
    // Longest take; recording stops at this length with `limitReached`. Default 30 minutes.
    void setMaxDuration(std::chrono::milliseconds limit);
    std::chrono::milliseconds maxDuration() const { return m_maxDuration; }

    // Starts a new take (the previous one is discarded). On failure returns false, emits
    // `failed` and leaves a message for the user in errorString().
    bool start();
    // Stops and keeps the take. Does nothing when not recording.
    void stop();
    // Stops because the input went away (unplugged, or the sound server lost it): keeps the take
    // like stop(); wasInterrupted() then says so. Does nothing when not recording.
    void interrupt();
    // The last take ended by interrupt() (until the next start()).
    bool wasInterrupted() const { return m_interrupted; }
    bool isRecording() const { return m_source != nullptr; }
    // The device of the current or last take (the default resolved to the real device).
    QByteArray sourceId() const { return m_device.id(); }
    QString sourceDescription() const;

    // Length of the audio captured so far (counted in samples, so it is exact).
    qint64 elapsedMs() const;
    // The take: 16 kHz mono. Available while recording too (a copy of what is captured so far).
    AudioClip take() const;
    QByteArray takePcm16() const { return m_pcm; }
    QString errorString() const { return m_errorString; }

signals:
    void started();
    void stopped();
    void levelChanged(vd::AudioLevel level);
    void elapsedChanged(qint64 ms);
    void failed(const QString& message);
    // The take reached maxDuration() and recording stopped; `message` says so in plain words.
    void limitReached(const QString& message);

private:
    void readAvailable();
    void consume(QByteArray data);
    void fail(const QString& message);
    void release();
    qint64 maxBytes() const;

    QByteArray m_deviceId;
    QAudioDevice m_device;
    std::chrono::milliseconds m_maxDuration = std::chrono::minutes(30);
    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_io = nullptr; // owned by m_source
    QByteArray m_pcm;
    qsizetype m_levelFrom = 0; // first byte not yet in a level report
    QString m_errorString;
    bool m_interrupted = false;
};

} // namespace vd
