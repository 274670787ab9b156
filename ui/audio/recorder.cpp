#include "ui/audio/recorder.h"

#include "core/audio/audioconvert.h"
#include "ui/audio/audioinput.h"
#include "ui/uilog.h"

#include <QAudioSource>
#include <QMediaDevices>
#include <QTime>

namespace vd {

namespace {

constexpr int bytesPerFrame = 2; // mono Int16

QString noMicrophoneMessage()
{
    return Recorder::tr("No microphone found. Connect a microphone, or check that the sound system "
                        "(PulseAudio or PipeWire) is running, then try again.");
}

} // namespace

Recorder::Recorder(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<vd::AudioLevel>();
}

Recorder::~Recorder()
{
    release();
}

void Recorder::setDeviceId(const QByteArray& id)
{
    m_deviceId = id;
}

void Recorder::setMaxDuration(std::chrono::milliseconds limit)
{
    m_maxDuration = std::max(limit, std::chrono::milliseconds(50));
}

qint64 Recorder::maxBytes() const
{
    return m_maxDuration.count() * sampleRate / 1000 * bytesPerFrame;
}

bool Recorder::start()
{
    release();
    m_device = QAudioDevice();
    m_interrupted = false;
    m_pcm.clear();
    m_levelFrom = 0;
    m_errorString.clear();

    if (QMediaDevices::audioInputs().isEmpty()) {
        fail(noMicrophoneMessage());
        return false;
    }
    const std::optional<QAudioDevice> device = findAudioInput(m_deviceId);
    if (!device) {
        fail(m_deviceId.isEmpty()
                 ? noMicrophoneMessage()
                 : tr("The chosen microphone (%1) is not connected. Plug it in or pick another input.")
                       .arg(QString::fromUtf8(m_deviceId)));
        return false;
    }

    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device->isFormatSupported(format))
        qCInfo(lcUiAudio) << "input" << device->id()
                          << "does not list 16 kHz mono Int16; relying on the sound server to convert";

    m_device = *device;
    m_source = std::make_unique<QAudioSource>(*device, format);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        qCWarning(lcUiAudio) << "cannot open input" << device->id() << "error" << m_source->error();
        release();
        fail(tr("The microphone \"%1\" could not be opened. Check that it is connected and not "
                "used exclusively by another program, then try again.")
                 .arg(device->description()));
        return false;
    }
    // Queued: the handlers may delete the source, which must not happen inside its own signal.
    connect(m_io, &QIODevice::readyRead, this, &Recorder::readAvailable, Qt::QueuedConnection);
    connect(
        m_source.get(), &QAudioSource::stateChanged, this,
        [this] {
            if (m_source && m_source->state() == QAudio::StoppedState &&
                m_source->error() != QAudio::NoError) {
                qCWarning(lcUiAudio) << "input stopped with error" << m_source->error();
                interrupt();
            }
        },
        Qt::QueuedConnection);
    qCInfo(lcUiAudio) << "recording from" << device->id();
    emit started();
    return true;
}

void Recorder::stop()
{
    if (!m_source)
        return;
    readAvailable();
    release();
    emit stopped();
}

void Recorder::interrupt()
{
    if (!m_source)
        return;
    readAvailable();
    release();
    m_interrupted = true;
    qCInfo(lcUiAudio) << "input" << m_device.id() << "went away after" << elapsedMs() << "ms";
    emit stopped();
}

QString Recorder::sourceDescription() const
{
    return m_device.description().isEmpty() ? QString::fromUtf8(m_device.id()) : m_device.description();
}

void Recorder::release()
{
    if (!m_source)
        return;
    if (m_io)
        disconnect(m_io, nullptr, this, nullptr);
    disconnect(m_source.get(), nullptr, this, nullptr);
    m_source->stop();
    m_io = nullptr;
    m_source.reset();
}

void Recorder::readAvailable()
{
    if (m_io)
        consume(m_io->readAll());
}

void Recorder::consume(QByteArray data)
{
    if (data.isEmpty())
        return;
    const qint64 room = maxBytes() - m_pcm.size();
    const bool overLimit = data.size() >= room;
    if (overLimit)
        data.truncate(std::max<qint64>(0, room));
    m_pcm.append(data);

    const qsizetype levelBytes = levelIntervalFrames * bytesPerFrame;
    while (m_pcm.size() - m_levelFrom >= levelBytes) {
        const auto* samples = reinterpret_cast<const qint16*>(m_pcm.constData() + m_levelFrom);
        emit levelChanged(measureLevel(samples, levelIntervalFrames));
        m_levelFrom += levelBytes;
        emit elapsedChanged(elapsedMs());
    }

    if (overLimit) {
        release();
        const QString limit =
            QTime(0, 0).addMSecs(int(m_maxDuration.count())).toString(QStringLiteral("m:ss"));
        const QString message =
            tr("Recording stopped at the length limit (%1). The take so far is kept.").arg(limit);
        qCInfo(lcUiAudio) << "take reached the length cap";
        emit limitReached(message);
        emit stopped();
    }
}

qint64 Recorder::elapsedMs() const
{
    return qint64(m_pcm.size() / bytesPerFrame) * 1000 / sampleRate;
}

AudioClip Recorder::take() const
{
    return fromPcm16(m_pcm, sampleRate, 1);
}

void Recorder::fail(const QString& message)
{
    m_errorString = message;
    emit failed(message);
}

} // namespace vd
