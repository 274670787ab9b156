#pragma once

#include <QFrame>
#include <QTimer>
#include <chrono>

class QLabel;
class QToolButton;

namespace vd {

// An inline message at the top of a page (like KMessageWidget): an icon, a sentence the user
// can act on, and a close button. Failures are shown here instead of in modal dialogs, so the
// page stays usable and the text stays readable (and selectable) next to what caused it.
//
// The banner floats over the top edge of its parent page rather than sitting in the page's
// layout, so showing it never pushes the page's content down (do not add it to a layout).
// Information closes itself after autoCloseInterval() unless the pointer rests on it; warnings
// and errors stay until closed or cleared by the page when their cause is gone. A banner
// belongs to its page: it is shown only with it, and information is dropped when another page
// is shown, while a warning or an error is still there when the user comes back.
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

    // How long information stays up; tests shorten it. Default 6 s.
    void setAutoCloseInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds autoCloseInterval() const { return m_autoClose.intervalAsDuration(); }
    // Whether the message on show will close by itself (information not under the pointer).
    bool closesByItself() const { return m_autoClose.isActive(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void place();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    QTimer m_autoClose;
    Level m_level = Level::Information;
};

} // namespace vd
