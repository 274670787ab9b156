#pragma once

#include "core/model/audioclip.h"

#include <QObject>
#include <QTimer>

namespace vd {

class PcmPlayer;
class WaveformView;

// Plays the take on the default output (PcmPlayer) with a cursor that moves along its waveform.
// Playback starts where the cursor was put (seek(): a click on the waveform), else at the start;
// seeking while playing goes on from there. At the end, or on stop(), the cursor goes away and
// the next play starts at the beginning again.
class TakePlayer : public QObject
{
    Q_OBJECT
public:
    // How often the cursor follows the playback.
    static constexpr int cursorIntervalMs = 40;

    explicit TakePlayer(WaveformView& waveform, QObject* parent = nullptr);
    ~TakePlayer() override;

    // Stops; the next play() plays `clip` from its start.
    void setClip(const AudioClip& clip);
    bool play();
    void stop();
    void toggle();
    bool isPlaying() const;
    // Puts the cursor at `seconds` (clamped to the take); playing goes on from there.
    void seek(double seconds);

    PcmPlayer& player() { return *m_player; }

signals:
    void playingChanged(bool playing);
    // Playback could not start or broke off; the message says why in plain words.
    void failed(const QString& message);

private:
    void followPlayback();
    void end();

    WaveformView& m_waveform;
    PcmPlayer* m_player;
    QTimer m_cursorTimer;
    AudioClip m_clip;
    double m_from = 0.0; // seconds into the take where the playback (or the next one) starts
};

} // namespace vd
