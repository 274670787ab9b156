#include "ui/speech/microphonewatch.h"

#include "ui/audio/inputdevicemodel.h"
#include "ui/audio/recorder.h"

#include <QTime>
#include <utility>

namespace vd {

MicrophoneWatch::MicrophoneWatch(InputDeviceModel& devices, Recorder& recorder, QObject* parent)
    : QObject(parent), m_devices(devices), m_recorder(recorder)
{
    connect(&m_devices, &QAbstractItemModel::modelReset, this, &MicrophoneWatch::onDevicesChanged);
    connect(&m_devices, &InputDeviceModel::selectedAvailabilityChanged, this, [this](bool available) {
        // A take it cut short has said so already, once.
        if (!available && !m_devices.selectedId().isEmpty() && !m_lostDuringTake)
            reportProblem(
                MessageBanner::Level::Warning,
                tr("The chosen microphone was disconnected. Plug it back in or pick another input."));
    });
    connect(&m_recorder, &Recorder::failed, this, [this](const QString& text) {
        // Not starting for want of a microphone stops being true when one is plugged in.
        if (m_devices.isSelectedAvailable())
            emit message(MessageBanner::Level::Error, text);
        else
            reportProblem(MessageBanner::Level::Error, text);
    });
}

void MicrophoneWatch::recordingStopped(bool hasTake)
{
    if (!m_recorder.wasInterrupted())
        return;
    m_lostDuringTake = true;
    const QString device = m_recorder.sourceDescription();
    const QString at = QTime(0, 0).addMSecs(int(m_recorder.elapsedMs())).toString(QStringLiteral("m:ss"));
    emit message(MessageBanner::Level::Warning,
                 hasTake
                     ? tr("The microphone “%1” was disconnected; the take stopped at %2 and keeps what "
                          "was recorded.")
                           .arg(device, at)
                     : tr("The microphone “%1” was disconnected before anything was recorded.").arg(device));
}

void MicrophoneWatch::onDevicesChanged()
{
    if (m_recorder.isRecording() && m_devices.rowOfId(m_recorder.sourceId()) < 0)
        m_recorder.interrupt(); // the take panel takes the take, then recordingStopped() says so
    if (m_devices.isSelectedAvailable()) {
        m_lostDuringTake = false;
        if (!m_problem.isEmpty())
            emit messageWithdrawn(std::exchange(m_problem, QString()));
    }
}

void MicrophoneWatch::reportProblem(MessageBanner::Level level, const QString& text)
{
    m_problem = text;
    emit message(level, text);
}

} // namespace vd
