#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QWidget;

namespace vd {

// Keeps the texts a widget sets in code in the language in use. The widget hands over the code
// that sets them (labels, tool tips, combo items, headers, status lines); it runs at once and
// again on every QEvent::LanguageChange, which Qt sends to each widget and its children when a
// translator is installed. This replaces, in every widget, a changeEvent() override plus a
// retranslate method repeating each tr() of the constructor.
class Retranslator : public QObject
{
    Q_OBJECT
public:
    // Runs `apply` now and after each language change of `widget`, for the widget's lifetime.
    static void keep(QWidget* widget, std::function<void()> apply);
    // Shows `text()` in `label` now and again after each language change, until the next call;
    // for a status line whose wording depends on what is going on. Empty `text`: no text.
    static void setText(QLabel* label, std::function<QString()> text);
    // For a model whose headers and cells are translated when asked (models get no
    // LanguageChange): after each language change of `view`, its views ask again.
    static void keepModel(QWidget* view, QAbstractItemModel* model);

protected:
    bool event(QEvent* event) override;

private:
    explicit Retranslator(QWidget* widget);
    static Retranslator* of(QWidget* widget);
    void applyText();

    QList<std::function<void()>> m_setters;
    std::function<QString()> m_text; // setText()'s
};

} // namespace vd
