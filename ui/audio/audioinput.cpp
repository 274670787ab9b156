#include "ui/audio/audioinput.h"

#include <QMediaDevices>

namespace vd {

QList<AudioInput> systemAudioInputs()
{
    const QByteArray defaultId = QMediaDevices::defaultAudioInput().id();
    QList<AudioInput> inputs;
    for (const QAudioDevice& device : QMediaDevices::audioInputs())
        inputs.append({device.id(), device.description(), device.id() == defaultId});
    return inputs;
}

std::optional<QAudioDevice> findAudioInput(const QByteArray& id)
{
    if (id.isEmpty()) {
        const QAudioDevice device = QMediaDevices::defaultAudioInput();
        if (device.isNull())
            return std::nullopt;
        return device;
    }
    for (const QAudioDevice& device : QMediaDevices::audioInputs()) {
        if (device.id() == id)
            return device;
    }
    return std::nullopt;
}

} // namespace vd
