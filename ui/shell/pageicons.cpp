#include "ui/shell/pageicons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace vd {

namespace {

// Each glyph is drawn on a 24x24 grid with a 2-unit pen, then scaled to the pixmap's size.
void drawGlyph(QPainter& painter, PageGlyph glyph)
{
    switch (glyph) {
    case PageGlyph::Microphone:
        painter.drawRoundedRect(QRectF(8.5, 2.5, 7, 12), 3.5, 3.5);
        painter.drawArc(QRectF(5, 6, 14, 13), 180 * 16, 180 * 16);
        painter.drawLine(QPointF(12, 19), QPointF(12, 22));
        painter.drawLine(QPointF(8.5, 22), QPointF(15.5, 22));
        break;
    case PageGlyph::Speaker: {
        QPainterPath body;
        body.moveTo(3, 9);
        body.lineTo(7, 9);
        body.lineTo(12, 4.5);
        body.lineTo(12, 19.5);
        body.lineTo(7, 15);
        body.lineTo(3, 15);
        body.closeSubpath();
        painter.drawPath(body);
        painter.drawArc(QRectF(11, 8, 6, 8), -60 * 16, 120 * 16);
        painter.drawArc(QRectF(10, 4.5, 11, 15), -60 * 16, 120 * 16);
        break;
    }
    case PageGlyph::Providers:
        // A priority list: three rows, each with a handle and a bar.
        for (const qreal y : {5.0, 12.0, 19.0}) {
            painter.drawEllipse(QPointF(5, y), 1.6, 1.6);
            painter.drawLine(QPointF(9.5, y), QPointF(21, y));
        }
        break;
    case PageGlyph::Pulse: {
        QPainterPath line;
        line.moveTo(2, 13);
        line.lineTo(7, 13);
        line.lineTo(9.5, 6);
        line.lineTo(13.5, 19);
        line.lineTo(16, 11);
        line.lineTo(18, 13);
        line.lineTo(22, 13);
        painter.drawPath(line);
        break;
    }
    case PageGlyph::History:
        painter.drawEllipse(QRectF(3, 3, 18, 18));
        painter.drawLine(QPointF(12, 7), QPointF(12, 12));
        painter.drawLine(QPointF(12, 12), QPointF(15.5, 14.5));
        break;
    case PageGlyph::Checklist:
        // A test suite: three rows, each a check mark and a bar.
        for (const qreal y : {5.0, 12.0, 19.0}) {
            QPainterPath tick;
            tick.moveTo(2.5, y);
            tick.lineTo(4.5, y + 2);
            tick.lineTo(8, y - 2);
            painter.drawPath(tick);
            painter.drawLine(QPointF(11.5, y), QPointF(21, y));
        }
        break;
    }
}

QPixmap render(PageGlyph glyph, int size, const QColor& colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 24.0, size / 24.0);
    painter.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    drawGlyph(painter, glyph);
    return pixmap;
}

} // namespace

QIcon pageIcon(PageGlyph glyph)
{
    const QPalette palette = QGuiApplication::palette();
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        icon.addPixmap(render(glyph, size, palette.color(QPalette::Active, QPalette::WindowText)),
                       QIcon::Normal);
        icon.addPixmap(render(glyph, size, palette.color(QPalette::Active, QPalette::HighlightedText)),
                       QIcon::Selected);
        icon.addPixmap(render(glyph, size, palette.color(QPalette::Disabled, QPalette::WindowText)),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace vd
