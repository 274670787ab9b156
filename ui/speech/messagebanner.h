#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace vd {

// An inline message above a page's content (like KMessageWidget): an icon, a sentence the user
// can act on, and a close button. Failures are shown here instead of in modal dialogs, so the
// page stays usable and the text stays readable (and selectable) next to what caused it.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Level level, const QString& text);
    void showError(const QString& text) { showMessage(Level::Error, text); }
    void clearMessage();

    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Level m_level = Level::Information;
};

} // namespace vd
