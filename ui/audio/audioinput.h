#pragma once

#include <QAudioDevice>
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vd {

// A microphone as the device picker shows it. Identified by `id` (QAudioDevice::id()), never by
// description: descriptions repeat, and Qt 6.4.2 can report the wrong default (QTBUG-112219).
struct AudioInput
{
    QByteArray id;
    QString description;
    bool isDefault = false;

    friend bool operator==(const AudioInput&, const AudioInput&) = default;
};

// The inputs the system reports right now (QMediaDevices::audioInputs(), queried afresh).
QList<AudioInput> systemAudioInputs();

// The input with `id`, or the system default when `id` is empty; nothing when it is not connected.
std::optional<QAudioDevice> findAudioInput(const QByteArray& id);

} // namespace vd
