#pragma once

#include <QObject>

class QWidget;

namespace vd {

// Keeps a combo or spin box in a scrolled form from taking the mouse wheel while the pointer
// merely passes over it: an unfocused box lets the wheel through to the scroll area, so scrolling
// a settings pane never changes a value. A click or Tab focuses the box, and then the wheel edits.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards `box` (StrongFocus, so the wheel does not focus it either); the guard is its child.
    static void install(QWidget* box);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent) : QObject(parent) {}
};

} // namespace vd
