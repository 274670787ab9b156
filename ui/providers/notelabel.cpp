#include "ui/providers/notelabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace vd {

NoteLabel::NoteLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void NoteLabel::setNote(const QString& text)
{
    setText(text);
    setToolTip(text);
}

// The height of one line whatever the text (even none); the width never pushes the form wider.
QSize NoteLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() + margins.top() + margins.bottom()};
}

QSize NoteLabel::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

bool NoteLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && !text().isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text(), this);
        return true;
    }
    return QLabel::event(event);
}

void NoteLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(Qt::AlignLeft | Qt::AlignVCenter), palette(), isEnabled(),
                          shown, foregroundRole());
}

} // namespace vd
