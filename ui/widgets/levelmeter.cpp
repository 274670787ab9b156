#include "ui/widgets/levelmeter.h"

#include <QPainter>
#include <cmath>

namespace vd {

namespace {

constexpr qint64 holdMs = 1000;
// Below this change (a quarter of a percent of the width) a repaint would not move a pixel.
constexpr double repaintThreshold = 0.0025;

QColor levelColour(double fraction)
{
    if (fraction > 0.95) // above about -3 dBFS: close to clipping
        return QColor(0xd3, 0x2f, 0x2f);
    if (fraction > 0.8) // above about -12 dBFS
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0x43, 0xa0, 0x47);
}

} // namespace

LevelMeter::LevelMeter(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Microphone level"));
}

void LevelMeter::setLevel(const AudioLevel& level)
{
    const double oldRms = rmsFraction();
    const double oldPeak = peakFraction();
    const double oldHold = m_hold;
    m_level = level;
    const double peak = peakFraction();
    if (peak >= m_hold || !m_holdAge.isValid() || m_holdAge.elapsed() > holdMs) {
        m_hold = peak;
        m_holdAge.start();
    }
    if (std::abs(rmsFraction() - oldRms) > repaintThreshold || std::abs(peak - oldPeak) > repaintThreshold ||
        std::abs(m_hold - oldHold) > repaintThreshold)
        update();
}

void LevelMeter::reset()
{
    m_level = {};
    m_hold = 0.0;
    m_holdAge.invalidate();
    update();
}

QSize LevelMeter::sizeHint() const
{
    return {200, 14};
}

QSize LevelMeter::minimumSizeHint() const
{
    return {40, 8};
}

void LevelMeter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = rect();
    painter.fillRect(area, palette().color(QPalette::Base).darker(110));
    const int width = area.width();
    const int rmsX = int(std::lround(rmsFraction() * width));
    const int peakX = int(std::lround(peakFraction() * width));
    const int holdX = int(std::lround(m_hold * width));
    painter.fillRect(QRect(0, 0, rmsX, area.height()), levelColour(rmsFraction()));
    if (peakX > rmsX)
        painter.fillRect(QRect(rmsX, 0, peakX - rmsX, area.height()),
                         levelColour(peakFraction()).lighter(130));
    if (holdX > 0)
        painter.fillRect(QRect(std::min(holdX, width - 2), 0, 2, area.height()),
                         levelColour(m_hold).darker(120));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
}

} // namespace vd
