#include "ui/shell/standardpages.h"

#include "ui/activity/activitylog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pageicons.h"

#include <QCoreApplication>
#include <QLabel>

namespace vd {

namespace {

struct StandardPage
{
    const char* id;
    const char* title; // translated in context "vd::StandardPages"
    PageGlyph icon;
};

const StandardPage kPages[] = {
    {"speech-to-text", QT_TRANSLATE_NOOP("vd::StandardPages", "Speech to text"), PageGlyph::Microphone},
    {"text-to-speech", QT_TRANSLATE_NOOP("vd::StandardPages", "Text to speech"), PageGlyph::Speaker},
    {"providers", QT_TRANSLATE_NOOP("vd::StandardPages", "Providers"), PageGlyph::Providers},
    {"health", QT_TRANSLATE_NOOP("vd::StandardPages", "Health"), PageGlyph::Pulse},
    {"activity", QT_TRANSLATE_NOOP("vd::StandardPages", "Activity"), PageGlyph::History},
};

QString title(const StandardPage& page)
{
    return QCoreApplication::translate("vd::StandardPages", page.title);
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

// The page widget for an id; pages record their requests in `activity`. Each page is a QWidget
// constructed as `Page(Runtime&, ActivityLog&, QWidget* parent = nullptr)`, e.g.
//     if (qstrcmp(page.id, "providers") == 0)
//         return new ProvidersPage(runtime, activity);
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
        window.addPage(QString::fromLatin1(page.id), title(page), pageIcon(page.icon), createPage(page, runtime, activity));
    QObject::connect(&window, &MainWindow::languageChanged, &window, [&window] {
        for (const StandardPage& page : kPages)
            window.setPageTitle(QString::fromLatin1(page.id), title(page));
    });
}

} // namespace vd
