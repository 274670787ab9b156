#include "ui/speech/takeplayer.h"

#include "ui/audio/pcmplayer.h"
#include "ui/widgets/waveformview.h"

#include <algorithm>

namespace vd {

TakePlayer::TakePlayer(WaveformView& waveform, QObject* parent)
    : QObject(parent), m_waveform(waveform), m_player(new PcmPlayer(this))
{
    m_cursorTimer.setInterval(cursorIntervalMs);
    connect(&m_cursorTimer, &QTimer::timeout, this, &TakePlayer::followPlayback);
    connect(m_player, &PcmPlayer::finished, this, &TakePlayer::end);
    connect(m_player, &PcmPlayer::failed, this, [this](const QString& message) {
        end();
        emit failed(message);
    });
    connect(&m_waveform, &WaveformView::positionClicked, this, &TakePlayer::seek);
}

TakePlayer::~TakePlayer() = default;

void TakePlayer::setClip(const AudioClip& clip)
{
    stop();
    m_clip = clip;
}

bool TakePlayer::play()
{
    if (m_clip.isEmpty())
        return false;
    const qint64 firstFrame =
        std::clamp<qint64>(qint64(m_from * m_clip.sampleRate), 0, m_clip.frameCount() - 1);
    AudioClip rest = m_clip;
    rest.samples = m_clip.samples.mid(firstFrame * m_clip.channels);
    m_from = double(firstFrame) / m_clip.sampleRate;
    if (!m_player->play(rest))
        return false; // failed() was emitted

    m_waveform.setPlayhead(m_from);
    m_cursorTimer.start();
    emit playingChanged(true);
    return true;
}

void TakePlayer::stop()
{
    if (!isPlaying()) {
        m_from = 0.0;
        m_waveform.setPlayhead(-1.0);
        return;
    }
    m_player->stop(); // emits nothing
    end();
}

void TakePlayer::toggle()
{
    if (isPlaying())
        stop();
    else
        play();
}

bool TakePlayer::isPlaying() const
{
    return m_player->isPlaying();
}

void TakePlayer::seek(double seconds)
{
    if (m_clip.isEmpty())
        return;
    m_from = std::clamp(seconds, 0.0, m_clip.durationSeconds());
    if (isPlaying()) {
        m_player->stop();
        play();
        return;
    }
    m_waveform.setPlayhead(m_from);
}

void TakePlayer::followPlayback()
{
    if (isPlaying())
        m_waveform.setPlayhead(
            std::min(m_from + double(m_player->positionMs()) / 1000.0, m_clip.durationSeconds()));
}

void TakePlayer::end()
{
    m_cursorTimer.stop();
    m_from = 0.0;
    m_waveform.setPlayhead(-1.0);
    emit playingChanged(false);
}

} // namespace vd
