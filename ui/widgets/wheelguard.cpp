#include "ui/widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QWheelEvent>
#include <QWidget>

namespace vd {

void WheelGuard::install(QWidget* box)
{
    box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(new WheelGuard(box));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    auto* box = qobject_cast<QWidget*>(watched);
    if (event->type() != QEvent::Wheel || !box || box->hasFocus())
        return QObject::eventFilter(watched, event);
    // The scroll area holding the box gets the wheel directly: Qt passes a wheel the box ignores
    // on to its parents only when it comes from the window system, and this way every wheel does.
    const auto* wheel = static_cast<QWheelEvent*>(event);
    for (QWidget* parent = box->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent)) {
            QWidget* viewport = area->viewport();
            QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                  wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                                  wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                                  wheel->pointingDevice());
            QCoreApplication::sendEvent(viewport, &forwarded);
            return true;
        }
    }
    event->ignore(); // no scroll area: let the window system's wheel go on to the parents
    return true;
}

} // namespace vd
