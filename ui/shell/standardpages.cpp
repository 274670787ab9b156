#include "ui/shell/standardpages.h"

#include "ui/activity/activitylog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QStyle>

namespace vd {

namespace {

struct StandardPage
{
    const char* id;
    const char* title; // translated in context "vd::StandardPages"
    const char* themeIcon;
    QStyle::StandardPixmap fallbackIcon;
};

const StandardPage kPages[] = {
    {"speech-to-text", QT_TRANSLATE_NOOP("vd::StandardPages", "Speech to text"), "audio-input-microphone",
     QStyle::SP_MediaVolume},
    {"text-to-speech", QT_TRANSLATE_NOOP("vd::StandardPages", "Text to speech"), "audio-speakers",
     QStyle::SP_MediaPlay},
    {"providers", QT_TRANSLATE_NOOP("vd::StandardPages", "Providers"), "preferences-system",
     QStyle::SP_FileDialogListView},
    {"health", QT_TRANSLATE_NOOP("vd::StandardPages", "Health"), "utilities-system-monitor",
     QStyle::SP_DialogApplyButton},
    {"activity", QT_TRANSLATE_NOOP("vd::StandardPages", "Activity"), "document-open-recent",
     QStyle::SP_FileDialogDetailedView},
};

QString title(const StandardPage& page)
{
    return QCoreApplication::translate("vd::StandardPages", page.title);
}

QIcon icon(const StandardPage& page)
{
    return QIcon::fromTheme(QString::fromLatin1(page.themeIcon),
                            QApplication::style()->standardIcon(page.fallbackIcon));
}

// Until the real pages are merged: a label with the page's name.
QWidget* placeholder(const StandardPage& page)
{
    auto* label = new QLabel(title(page));
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    label->setFont(font);
    return label;
}

// The page widget for an id. The pages record their requests in `activity`.
QWidget* createPage(const StandardPage& page, Runtime& runtime, ActivityLog& activity)
{
    Q_UNUSED(runtime);
    Q_UNUSED(activity);
    return placeholder(page);
}

} // namespace

void addStandardPages(MainWindow& window, Runtime& runtime, ActivityLog& activity)
{
    for (const StandardPage& page : kPages)
        window.addPage(QString::fromLatin1(page.id), title(page), icon(page), createPage(page, runtime, activity));
    QObject::connect(&window, &MainWindow::languageChanged, &window, [&window] {
        for (const StandardPage& page : kPages)
            window.setPageTitle(QString::fromLatin1(page.id), title(page));
    });
}

} // namespace vd
