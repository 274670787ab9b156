#pragma once

#include <QByteArray>
#include <QIODevice>
#include <algorithm>

namespace vd {

// A read-only, sequential QIODevice that a producer appends PCM to while a QAudioSink pulls from
// it: playback can start with the first chunk of a streamed answer. `finish()` marks the end of
// the stream; until then, running dry is a pause (underrun), not the end.
class PcmBuffer : public QIODevice
{
    Q_OBJECT
public:
    explicit PcmBuffer(QObject* parent = nullptr);

    void append(const QByteArray& data);
    // No more data will come.
    void finish();
    bool isFinished() const { return m_finished; }
    // Reads hand out whole frames only (a sound server rejects partial frames). Default 2 bytes.
    void setFrameBytes(int bytes) { m_frameBytes = std::max(1, bytes); }
    // Finished and everything was read (a trailing partial frame is dropped).
    bool isDrained() const { return m_finished && unread() < m_frameBytes; }

    qint64 totalAppended() const { return m_totalAppended; }
    qint64 totalRead() const { return m_totalAppended - unread(); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Never true, even when drained: Qt 6.4's PulseAudio sink, seeing atEnd() in its underflow
    // callback (on PulseAudio's thread), requests a drain whose reply calls back into the sink
    // object. A player that deletes the sink when playback ends races that reply and the reply
    // lands on freed memory (a SIGSEGV seen in CI). PcmPlayer detects the end with isDrained().
    bool atEnd() const override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    qint64 unread() const { return m_data.size() - m_readPos; }

    QByteArray m_data;
    qsizetype m_readPos = 0;
    qint64 m_totalAppended = 0;
    int m_frameBytes = 2;
    bool m_finished = false;
};

} // namespace vd
