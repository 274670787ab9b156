#pragma once

#include "ui/audio/audiolevel.h"

#include <QElapsedTimer>
#include <QWidget>

namespace vd {

// A horizontal microphone level bar on a dBFS scale (-60..0): the RMS as the bar, the peak as a
// brighter tip, and a peak-hold line that falls back after a second. Painting is a few
// rectangles; repaints happen only when the shown level moves by a visible amount.
class LevelMeter : public QWidget
{
    Q_OBJECT
public:
    explicit LevelMeter(QWidget* parent = nullptr);

    void setLevel(const vd::AudioLevel& level);
    void reset();
    AudioLevel level() const { return m_level; }
    // Where the bar ends, the peak tip ends and the hold line sits, as fractions of the width.
    double rmsFraction() const { return meterFraction(m_level.rms); }
    double peakFraction() const { return meterFraction(m_level.peak); }
    double holdFraction() const { return m_hold; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    AudioLevel m_level;
    double m_hold = 0.0;
    QElapsedTimer m_holdAge;
};

} // namespace vd
