#pragma once

#include <QLabel>

namespace vd {

// A word-wrapped label that is as tall as its lines at its current width, without being
// "height for width" to its layout: a plain wrapped QLabel makes every layout above it so, and a
// window of such a layout is stretched to its contents' preferred height (a Health page taller
// than the screen, issue #17).
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return false; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace vd
