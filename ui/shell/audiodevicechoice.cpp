#include "ui/shell/audiodevicechoice.h"

#include "ui/shell/uisettings.h"

namespace vd {

AudioDeviceChoice::AudioDeviceChoice(QObject* parent)
    : QObject(parent), m_input(savedInputDevice()), m_output(savedOutputDevice())
{}

void AudioDeviceChoice::setInputId(const QByteArray& id)
{
    if (id == m_input)
        return;
    m_input = id;
    saveInputDevice(id);
    Q_EMIT inputChanged(id);
}

void AudioDeviceChoice::setOutputId(const QByteArray& id)
{
    if (id == m_output)
        return;
    m_output = id;
    saveOutputDevice(id);
    Q_EMIT outputChanged(id);
}

} // namespace vd
