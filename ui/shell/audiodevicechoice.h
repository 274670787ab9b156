#pragma once

#include <QByteArray>
#include <QObject>

namespace vd {

// The microphone and the sound output chosen in Preferences, by QAudioDevice id (empty: the
// system's default). Read from the UI settings when made; every change is saved there at once
// and announced, so that the recorder and the player in use follow it (standardpages.cpp).
class AudioDeviceChoice : public QObject
{
    Q_OBJECT

public:
    explicit AudioDeviceChoice(QObject* parent = nullptr);

    QByteArray inputId() const { return m_input; }
    void setInputId(const QByteArray& id);
    QByteArray outputId() const { return m_output; }
    void setOutputId(const QByteArray& id);

Q_SIGNALS:
    void inputChanged(const QByteArray& id);
    void outputChanged(const QByteArray& id);

private:
    QByteArray m_input;
    QByteArray m_output;
};

} // namespace vd
