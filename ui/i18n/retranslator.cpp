#include "ui/i18n/retranslator.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLabel>
#include <QWidget>

namespace vd {

Retranslator::Retranslator(QWidget* widget) : QObject(widget) {}

Retranslator* Retranslator::of(QWidget* widget)
{
    // One per widget, a child of it: QWidget forwards LanguageChange to all its children.
    auto* retranslator = widget->findChild<Retranslator*>(QString(), Qt::FindDirectChildrenOnly);
    return retranslator ? retranslator : new Retranslator(widget);
}

void Retranslator::keep(QWidget* widget, std::function<void()> apply)
{
    apply();
    of(widget)->m_setters.append(std::move(apply));
}

void Retranslator::setText(QLabel* label, std::function<QString()> text)
{
    Retranslator* retranslator = of(label);
    retranslator->m_text = std::move(text);
    retranslator->applyText();
}

void Retranslator::applyText()
{
    if (auto* label = qobject_cast<QLabel*>(parent()))
        label->setText(m_text ? m_text() : QString());
}

void Retranslator::keepModel(QWidget* view, QAbstractItemModel* model)
{
    keep(view, [model] {
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (columns > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0) {
            emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
            if (columns > 0)
                emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
        }
    });
}

bool Retranslator::event(QEvent* event)
{
    if (event->type() != QEvent::LanguageChange)
        return QObject::event(event);
    const QList<std::function<void()>> setters = m_setters; // a setter may add another
    for (const auto& apply : setters)
        apply();
    if (m_text)
        applyText();
    return true;
}

} // namespace vd
