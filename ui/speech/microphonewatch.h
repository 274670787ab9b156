#pragma once

#include "ui/speech/messagebanner.h"

#include <QObject>

namespace vd {

class InputDeviceModel;
class Recorder;

// What the take panel says about its microphone, and when: a take cut short because the
// microphone went away (Qt 6.4 reports nothing: the stream goes on from another source, so the
// device list is what tells), a chosen microphone unplugged, a recording that could not start for
// want of one. A message about a missing microphone is withdrawn when it is back.
class MicrophoneWatch : public QObject
{
    Q_OBJECT
public:
    MicrophoneWatch(InputDeviceModel& devices, Recorder& recorder, QObject* parent = nullptr);

    void recordingStarted() { m_lostDuringTake = false; }
    // Call once the stopped recording became the take (a new take clears the page's message).
    void recordingStopped(bool hasTake);

signals:
    void message(vd::MessageBanner::Level level, const QString& text);
    // `text`, sent earlier, no longer holds: take it down if it is still shown.
    void messageWithdrawn(const QString& text);

private:
    void onDevicesChanged();
    void reportProblem(MessageBanner::Level level, const QString& text);

    InputDeviceModel& m_devices;
    Recorder& m_recorder;
    bool m_lostDuringTake = false; // the take was cut by its microphone going away, not yet back
    QString m_problem;             // the last message about a missing microphone, while it holds
};

} // namespace vd
