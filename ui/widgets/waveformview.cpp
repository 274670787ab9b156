#include "ui/widgets/waveformview.h"

#include <QFutureWatcher>
#include <QMouseEvent>
#include <QPainter>

namespace vd {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Waveform"));
}

void WaveformView::setClip(const AudioClip& clip)
{
    const quint64 generation = ++m_generation;
    if (clip.samples.size() <= asyncThreshold) {
        m_computing = false;
        setEnvelope(WaveformEnvelope::compute(clip, envelopeColumns));
        return;
    }
    m_computing = true;
    m_envelope = {};
    m_columns = {};
    update();
    auto* watcher = new QFutureWatcher<WaveformEnvelope>(this);
    connect(watcher, &QFutureWatcher<WaveformEnvelope>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer clip was set meanwhile
        m_computing = false;
        setEnvelope(watcher->result());
    });
    watcher->setFuture(WaveformEnvelope::computeAsync(clip, envelopeColumns));
}

void WaveformView::setEnvelope(const WaveformEnvelope& envelope)
{
    m_envelope = envelope;
    m_columns = m_envelope.reduced(width());
    update();
    emit envelopeReady();
}

void WaveformView::clear()
{
    ++m_generation;
    m_computing = false;
    m_envelope = {};
    m_columns = {};
    m_playhead = -1.0;
    clearSelection();
    update();
}

void WaveformView::setPlayhead(double seconds)
{
    if (seconds == m_playhead)
        return;
    m_playhead = seconds;
    update();
}

void WaveformView::setSelection(double fromSeconds, double toSeconds)
{
    m_selectionFrom = std::min(fromSeconds, toSeconds);
    m_selectionTo = std::max(fromSeconds, toSeconds);
    update();
}

void WaveformView::clearSelection()
{
    m_selectionFrom = m_selectionTo = 0.0;
    update();
}

QSize WaveformView::sizeHint() const
{
    return {400, 80};
}

double WaveformView::xForSeconds(double seconds) const
{
    const double duration = m_envelope.durationSeconds;
    return duration > 0.0 ? seconds / duration * width() : 0.0;
}

void WaveformView::resizeEvent(QResizeEvent* event)
{
    m_columns = m_envelope.reduced(width());
    QWidget::resizeEvent(event);
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_envelope.durationSeconds > 0.0 && width() > 0)
        emit positionClicked(std::clamp(event->position().x() / width(), 0.0, 1.0) *
                             m_envelope.durationSeconds);
    QWidget::mousePressEvent(event);
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (hasSelection()) {
        const double from = xForSeconds(m_selectionFrom);
        painter.fillRect(QRectF(from, 0, xForSeconds(m_selectionTo) - from, height()),
                         palette().color(QPalette::Highlight).lighter(160));
    }
    const double middle = height() / 2.0;
    const double halfHeight = middle - 1.0;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, middle), QPointF(width(), middle));

    const int count = m_columns.columns();
    if (count > 0) {
        QList<QLineF> lines;
        lines.reserve(count);
        const double step = double(width()) / count; // 1 unless the clip has fewer frames than pixels
        for (int c = 0; c < count; ++c) {
            const double x = (c + 0.5) * step;
            lines.append(QLineF(x, middle - m_columns.maxima.at(c) * halfHeight, x,
                                middle - m_columns.minima.at(c) * halfHeight));
        }
        painter.setPen(QPen(palette().color(QPalette::Highlight), std::max(1.0, step)));
        painter.drawLines(lines);
    }
    if (m_playhead >= 0.0 && m_envelope.durationSeconds > 0.0) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
        const double x = xForSeconds(m_playhead);
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

} // namespace vd
