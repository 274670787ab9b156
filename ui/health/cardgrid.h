#pragma once

#include <QList>
#include <QScrollArea>

class QGridLayout;

namespace vd {

// The Health page's provider cards in rows, as many columns as fit the width (never a sideways
// scroll bar), scrolling vertically through the rows. It asks for one whole row of cards, at
// least and at most, so a card is never cut mid-line by a strip too low to show it (issue #17)
// and the charts below get the rest of the height.
class CardGrid : public QScrollArea
{
    Q_OBJECT

public:
    explicit CardGrid(QWidget* parent = nullptr);

    // Cards keep the order they were added in, left to right, then top to bottom.
    void addCard(QWidget* card);
    int columnCount() const { return m_columns; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reflow();
    int cardMinimumWidth() const;
    int columnsFor(int width) const;
    // The height of `rows` rows of cards at the current width, with the frame.
    int heightOfRows(int rows) const;

    QWidget* m_content = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QWidget*> m_cards;
    int m_columns = 0;
};

} // namespace vd
