#include "ui/health/cardgrid.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <algorithm>

namespace vd {

CardGrid::CardGrid(QWidget* parent) : QScrollArea(parent)
{
    m_content = new QWidget;
    m_grid = new QGridLayout(m_content);
    m_grid->setAlignment(Qt::AlignTop);
    setWidget(m_content);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns follow the width instead
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CardGrid::addCard(QWidget* card)
{
    card->setParent(m_content);
    m_cards.append(card);
    m_columns = 0; // place every card again
    reflow();
}

int CardGrid::cardMinimumWidth() const
{
    int width = 0;
    for (const QWidget* card : m_cards)
        width = std::max(width, card->minimumSizeHint().expandedTo(card->minimumSize()).width());
    return width;
}

int CardGrid::columnsFor(int width) const
{
    const int cardWidth = cardMinimumWidth();
    const QMargins margins = m_grid->contentsMargins();
    const int spacing = m_grid->horizontalSpacing();
    const int usable = width - margins.left() - margins.right() + spacing;
    return std::clamp(usable / std::max(1, cardWidth + spacing), 1, std::max(1, int(m_cards.size())));
}

void CardGrid::reflow()
{
    // The vertical scroll bar may come and go: leave room for it so the columns stay put.
    const int columns =
        columnsFor(viewport()->width() -
                   (verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width()));
    if (columns == m_columns)
        return;
    for (QWidget* card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), int(i / columns), int(i % columns));
    m_columns = columns;
    updateGeometry();
}

int CardGrid::heightOfRows(int rows) const
{
    const QMargins margins = m_grid->contentsMargins();
    const int columns = std::max(1, m_columns);
    const int spacing = m_grid->verticalSpacing();
    // Before the first layout the viewport has no width yet: cards are at least their minimum.
    const int cardWidth =
        std::max(cardMinimumWidth(), (viewport()->width() - margins.left() - margins.right() -
                                      (columns - 1) * m_grid->horizontalSpacing()) /
                                         columns);
    int height = margins.top() + margins.bottom() + 2 * frameWidth();
    for (int row = 0; row < rows; ++row) {
        int tallest = 0;
        for (qsizetype i = qsizetype(row) * columns;
             i < std::min(m_cards.size(), qsizetype(row + 1) * columns); ++i) {
            const QWidget* card = m_cards.at(i);
            tallest = std::max(tallest, card->hasHeightForWidth() ? card->heightForWidth(cardWidth)
                                                                  : card->sizeHint().height());
        }
        height += tallest + (row > 0 ? spacing : 0);
    }
    return height;
}

QSize CardGrid::minimumSizeHint() const
{
    const int rows = m_cards.isEmpty() ? 0 : 1;
    return {QScrollArea::minimumSizeHint().width(), heightOfRows(rows)};
}

QSize CardGrid::sizeHint() const
{
    // No more than that either: the charts take the rest of the height.
    return {QScrollArea::sizeHint().width(), minimumSizeHint().height()};
}

void CardGrid::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    reflow();
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // the cards' heights follow their width
}

bool CardGrid::eventFilter(QObject* watched, QEvent* event)
{
    // A card's text changed its height (a long last error wraps): so does the room we ask for.
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace vd
