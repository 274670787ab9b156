#include "ui/audio/pcmplayer.h"

#include "core/audio/audioconvert.h"
#include "ui/audio/pcmbuffer.h"
#include "ui/uilog.h"

#include <QAudioSink>
#include <QMediaDevices>

namespace vd {

namespace {

constexpr int watchdogIntervalMs = 200;
// Once everything was read, the sound server still plays its own buffer; it must not take longer
// than that buffer plus this margin.
constexpr qint64 drainMarginMs = 2000;

// The chosen output while it is connected; the system's default otherwise.
QAudioDevice outputDevice(const QByteArray& id)
{
    if (!id.isEmpty()) {
        for (const QAudioDevice& device : QMediaDevices::audioOutputs()) {
            if (device.id() == id)
                return device;
        }
        qCInfo(lcUiAudio) << "the chosen output" << id << "is not connected; playing on the default";
    }
    return QMediaDevices::defaultAudioOutput();
}

} // namespace

PcmPlayer::PcmPlayer(QObject* parent) : QObject(parent)
{
    m_watchdog.setInterval(watchdogIntervalMs);
    connect(&m_watchdog, &QTimer::timeout, this, &PcmPlayer::checkWatchdog);
    m_tailTimer.setSingleShot(true);
    connect(&m_tailTimer, &QTimer::timeout, this, &PcmPlayer::complete);
}

PcmPlayer::~PcmPlayer()
{
    release();
}

bool PcmPlayer::play(const AudioClip& clip)
{
    const AudioClip playable = clip.channels > 2 ? downmixToMono(clip) : clip;
    return playPcm(toPcm16(playable), playable.sampleRate, playable.channels);
}

bool PcmPlayer::playPcm(const QByteArray& pcm16, int sampleRate, int channels)
{
    if (!startStream(sampleRate, channels))
        return false;
    appendPcm(pcm16);
    finishStream();
    return true;
}

bool PcmPlayer::startStream(int sampleRate, int channels)
{
    release();
    m_errorString.clear();
    if (sampleRate <= 0 || channels <= 0 || channels > 2) {
        fail(tr("This audio cannot be played: %1 Hz with %2 channels is not a playable format.")
                 .arg(sampleRate)
                 .arg(channels));
        return false;
    }
    const QAudioDevice device = outputDevice(m_deviceId);
    if (QMediaDevices::audioOutputs().isEmpty() || device.isNull()) {
        fail(tr("No sound output found. Connect speakers or headphones, or check that the sound "
                "system (PulseAudio or PipeWire) is running, then try again."));
        return false;
    }

    m_format.setSampleRate(sampleRate);
    m_format.setChannelCount(channels);
    m_format.setSampleFormat(QAudioFormat::Int16);
    m_buffer = std::make_unique<PcmBuffer>();
    m_buffer->setFrameBytes(m_format.bytesPerFrame());
    m_sink = std::make_unique<QAudioSink>(device, m_format);
    // Queued: the handler may delete the sink, which must not happen inside its own signal.
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &PcmPlayer::onStateChanged, Qt::QueuedConnection);
    m_sink->start(m_buffer.get());
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        qCWarning(lcUiAudio) << "cannot open output" << device.id() << "error" << m_sink->error();
        release();
        fail(tr("The sound output \"%1\" could not be opened. Check that it is connected and not "
                "used by another program, then try again.")
                 .arg(device.description()));
        return false;
    }
    m_lastRead = 0;
    m_sinceProgress.start();
    m_watchdog.start();
    emit started();
    return true;
}

void PcmPlayer::appendPcm(const QByteArray& pcm16)
{
    if (m_buffer)
        m_buffer->append(pcm16);
}

void PcmPlayer::finishStream()
{
    if (m_buffer)
        m_buffer->finish();
}

void PcmPlayer::stop()
{
    release();
}

qint64 PcmPlayer::positionMs() const
{
    return m_sink ? m_sink->processedUSecs() / 1000 : 0;
}

void PcmPlayer::onStateChanged()
{
    if (!m_sink)
        return;
    const QAudio::Error error = m_sink->error();
    if (m_sink->state() == QAudio::StoppedState && error != QAudio::NoError &&
        error != QAudio::UnderrunError) {
        qCWarning(lcUiAudio) << "output stopped with error" << error;
        fail(tr("The sound output stopped working during playback (was it unplugged?)."));
        return;
    }
    checkWatchdog();
}

void PcmPlayer::checkWatchdog()
{
    if (!m_sink || !m_buffer)
        return;
    if (m_buffer->totalRead() != m_lastRead) {
        m_lastRead = m_buffer->totalRead();
        m_sinceProgress.restart();
    }
    if (m_buffer->isDrained()) {
        if (!m_sinceDrained.isValid())
            m_sinceDrained.start();
        // The last read happened; what the server still holds plays out before `finished`.
        const qint64 heldMs =
            m_format.durationForBytes(int(m_sink->bufferSize() - m_sink->bytesFree())) / 1000;
        if (m_sink->state() == QAudio::IdleState && !m_tailTimer.isActive())
            m_tailTimer.start(int(std::clamp<qint64>(heldMs, 0, 5000)));
        else if (m_sinceDrained.elapsed() > heldMs + drainMarginMs)
            complete(); // a sink that never reports idle must not keep us waiting
        return;
    }
    if (m_buffer->bytesAvailable() >= m_format.bytesPerFrame() &&
        m_sinceProgress.elapsed() > m_stallTimeout.count()) {
        qCWarning(lcUiAudio) << "output took no audio for" << m_sinceProgress.elapsed() << "ms";
        fail(tr("Playback stalled: the sound output stopped taking audio. Check the output device "
                "and try again."));
    }
}

void PcmPlayer::complete()
{
    if (!m_sink)
        return;
    release();
    emit finished();
}

void PcmPlayer::fail(const QString& message)
{
    release();
    m_errorString = message;
    emit failed(message);
}

void PcmPlayer::release()
{
    m_watchdog.stop();
    m_tailTimer.stop();
    m_sinceDrained.invalidate();
    if (m_sink) {
        disconnect(m_sink.get(), nullptr, this, nullptr);
        m_sink->stop();
        m_sink.reset();
    }
    m_buffer.reset();
}

} // namespace vd
