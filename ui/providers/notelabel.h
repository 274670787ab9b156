#pragma once

#include <QLabel>

namespace vd {

// A one-line note under a setting (its help, or its problem): always exactly one line high, the
// text elided to the width with the whole of it in the tooltip and to accessibility tools. A note
// that wrapped would grow and shrink as problems come and go, moving every row below it under
// the mouse; one fixed line keeps the rows where the user aimed.
class NoteLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NoteLabel(QWidget* parent = nullptr);

    // The text, and the same as tooltip. Plain setText() works too: a note without a tooltip of
    // its own shows its text as one.
    void setNote(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace vd
