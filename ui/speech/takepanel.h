#pragma once

#include "core/model/audioclip.h"
#include "ui/speech/messagebanner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vd {

class InputDeviceModel;
class LevelMeter;
class MicrophoneWatch;
class Recorder;
class TakePlayer;
class WaveformView;

// The "take" of the Speech-to-text page: what will be transcribed. Recorded from a chosen
// microphone (16 kHz mono, kept in memory) with a live level meter and elapsed time, or opened
// from an audio file (decoded on the thread pool); shown as a waveform, played back with a cursor
// on it (TakePlayer); saved to disk on request (encoded and written on the thread pool). When the
// microphone goes away during a take, the take stops there and keeps what was recorded.
class TakePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TakePanel(QWidget* parent = nullptr);
    ~TakePanel() override;

    bool hasTake() const { return !m_take.isEmpty(); }
    const AudioClip& take() const { return m_take; }
    // "recording" or the file name: for messages and the activity log.
    QString takeName() const { return m_takeName; }

    bool isRecording() const;
    bool isLoading() const { return m_loading; }
    void startRecording();
    void stopRecording();
    void toggleRecording();

    // Decodes the file off the GUI thread; takeChanged() or a message follows.
    void openFile(const QString& path);
    // Asks for a file name, then saves the take as WAV (or the extension's format).
    void saveTakeAs();
    void saveTake(const QString& path);
    // Where the Open and Save dialogs start: the folder of the last file opened or saved, else
    // an existing Music or home folder (audiofolder.h).
    QString dialogFolder() const;

    // The chosen microphone by id; empty = the system default.
    QByteArray deviceId() const;
    void setDeviceId(const QByteArray& id);

    InputDeviceModel& devices() { return *m_devices; }
    Recorder& recorder() { return *m_recorder; }
    TakePlayer& player() { return *m_player; }
    WaveformView& waveform() { return *m_waveform; }

signals:
    void takeChanged();
    void recordingChanged(bool recording);
    void busyChanged();
    void message(vd::MessageBanner::Level level, const QString& text);
    // A message sent earlier no longer holds (the missing microphone is back): take it down if
    // it is still shown.
    void messageWithdrawn(const QString& text);
    void takeSaved(const QString& path);

private:
    void buildUi();
    void chooseFile();
    void selectDeviceRow();
    void onRecordingStopped();
    void setTake(const AudioClip& clip, const QString& name);
    void updateElapsed(qint64 ms);
    void updateButtons();

    InputDeviceModel* m_devices;
    Recorder* m_recorder;
    MicrophoneWatch* m_watch;
    TakePlayer* m_player = nullptr;
    QComboBox* m_deviceBox = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    LevelMeter* m_meter = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_info = nullptr;
    WaveformView* m_waveform = nullptr;
    AudioClip m_take;
    QString m_takeName;
    QString m_folder; // of the file last opened or saved; empty until then
    bool m_loading = false;
    bool m_saving = false;
    qint64 m_liveWaveformMs = 0;
    quint64 m_generation = 0; // drops decode results of a file opened before the current take
};

} // namespace vd
