#include "ui/speech/messagebanner.h"

#include "ui/i18n/retranslator.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace vd {

namespace {

constexpr std::chrono::milliseconds kAutoClose(6000);
// Space between the banner and the page's edges, so the page shows around it.
constexpr int kMargin = 6;

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    Retranslator::keep(this, [this] {
        m_close->setToolTip(tr("Hide this message"));
        m_close->setAccessibleName(tr("Hide message"));
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clearMessage);
    m_autoClose.setSingleShot(true);
    m_autoClose.setInterval(kAutoClose);
    connect(&m_autoClose, &QTimer::timeout, this, &MessageBanner::clearMessage);
    if (parent)
        parent->installEventFilter(this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString& text)
{
    m_level = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = QColor(0x3d, 0xae, 0xe9); // information: blue
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the level's colour over the window background keeps text readable in
    // light and dark themes alike.
    QPalette pal = palette();
    const QColor base = QApplication::palette(this).color(QPalette::Window);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.8 + tint.redF() * 0.2,
                                                    base.greenF() * 0.8 + tint.greenF() * 0.2,
                                                    base.blueF() * 0.8 + tint.blueF() * 0.2));
    setPalette(pal);
    m_text->setText(text);
    setAccessibleDescription(text);
    m_autoClose.stop();
    if (level == Level::Information && !underMouse())
        m_autoClose.start();
    place();
    show();
    raise();
    QAccessibleEvent event(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::clearMessage()
{
    m_autoClose.stop();
    m_text->clear();
    hide();
}

void MessageBanner::setAutoCloseInterval(std::chrono::milliseconds interval)
{
    m_autoClose.setInterval(interval);
}

void MessageBanner::place()
{
    const QWidget* page = parentWidget();
    if (!page)
        return;
    const int width = qMax(0, page->width() - 2 * kMargin);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(kMargin, kMargin, width, qMax(height, minimumSizeHint().height()));
}

bool MessageBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != parentWidget())
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::Resize)
        place();
    // Another page shown (not the window minimised, which is spontaneous): a passing notice is
    // not kept for when the page comes back.
    if (event->type() == QEvent::Hide && !event->spontaneous() && m_level == Level::Information)
        clearMessage();
    return QFrame::eventFilter(watched, event);
}

bool MessageBanner::event(QEvent* event)
{
    // The pointer resting on the banner keeps information up while it is being read.
    if (event->type() == QEvent::Enter)
        m_autoClose.stop();
    else if (event->type() == QEvent::Leave && m_level == Level::Information && isVisible())
        m_autoClose.start();
    return QFrame::event(event);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace vd
