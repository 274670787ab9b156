#pragma once

#include "core/model/audioclip.h"

#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

class QAudioSink;

namespace vd {

class PcmBuffer;

// Plays signed 16-bit PCM through QAudioSink (no QMediaPlayer, no decoder backend: see
// PLATFORM.md). Whole clips or streams: startStream() then appendPcm() as chunks arrive, and
// finishStream() after the last one; playback starts with the first chunk. A watchdog ends
// playback with an error when the sink stops taking audio, so a stuck sink never hangs the UI.
class PcmPlayer : public QObject
{
    Q_OBJECT
public:
    explicit PcmPlayer(QObject* parent = nullptr);
    ~PcmPlayer() override;

    // Converts to 16-bit at the clip's own rate; more than two channels are mixed down to mono.
    bool play(const AudioClip& clip);
    bool playPcm(const QByteArray& pcm16, int sampleRate, int channels = 1);

    bool startStream(int sampleRate, int channels = 1);
    void appendPcm(const QByteArray& pcm16);
    void finishStream();

    // Stops at once; emits nothing (the caller knows).
    void stop();
    bool isPlaying() const { return m_sink != nullptr; }
    // Audio handed to the sound server so far, for a playhead.
    qint64 positionMs() const;

    // The sound output to play on (QAudioDevice id); empty, or a device that is gone: the system's
    // default. Takes effect with the next clip.
    void setDeviceId(const QByteArray& id) { m_deviceId = id; }
    QByteArray deviceId() const { return m_deviceId; }

    // How long the sink may take no audio while some is waiting before playback fails. Default 5 s.
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }
    QString errorString() const { return m_errorString; }

signals:
    void started();
    // Everything was played (not emitted by stop() or after failed()).
    void finished();
    void failed(const QString& message);

private:
    void onStateChanged();
    void checkWatchdog();
    void complete();
    void fail(const QString& message);
    void release();

    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<PcmBuffer> m_buffer;
    QAudioFormat m_format;
    QTimer m_watchdog;
    QTimer m_tailTimer; // lets the sound server play out its own buffer after the last read
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceDrained;
    qint64 m_lastRead = 0;
    std::chrono::milliseconds m_stallTimeout = std::chrono::seconds(5);
    QString m_errorString;
    QByteArray m_deviceId;
};

} // namespace vd
