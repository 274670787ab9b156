#include "ui/widgets/wrappinglabel.h"

#include <QResizeEvent>
#include <algorithm>

namespace vd {

WrappingLabel::WrappingLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappingLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    if (width() > 0)
        hint.setHeight(std::max(hint.height(), heightForWidth(width())));
    return hint;
}

QSize WrappingLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    if (width() > 0)
        hint.setHeight(std::max(hint.height(), heightForWidth(width())));
    return hint;
}

void WrappingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // another width, another number of lines
}

} // namespace vd
