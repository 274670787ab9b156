#include "ui/shell/standardpages.h"

#include "ui/activity/activitylog.h"
#include "ui/providers/providerspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pageicons.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/texttospeechpage.h"

#include <QCoreApplication>
#include <QLabel>

namespace vd {

namespace {

// Each page is a QWidget constructed as `Page(Runtime&, ActivityLog&, QWidget* parent)`; pages
// record their requests in the one ActivityLog.
using PageFactory = QWidget* (*)(Runtime&, ActivityLog&);

template<typename Page>
QWidget* create(Runtime& runtime, ActivityLog& activity)
{
    return new Page(runtime, activity);
}

struct StandardPage
{
    const char* id;
    const char* title; // translated in context "vd::StandardPages"
    PageGlyph icon;
    PageFactory factory;
};

const StandardPage kPages[] = {
    {"speech-to-text", QT_TRANSLATE_NOOP("vd::StandardPages", "Speech to text"), PageGlyph::Microphone,
     &create<SpeechToTextPage>},
    {"text-to-speech", QT_TRANSLATE_NOOP("vd::StandardPages", "Text to speech"), PageGlyph::Speaker,
     &create<TextToSpeechPage>},
    {"providers", QT_TRANSLATE_NOOP("vd::StandardPages", "Providers"), PageGlyph::Providers, &create<ProvidersPage>},
    {"health", QT_TRANSLATE_NOOP("vd::StandardPages", "Health"), PageGlyph::Pulse, nullptr},
    {"activity", QT_TRANSLATE_NOOP("vd::StandardPages", "Activity"), PageGlyph::History, nullptr},
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

QWidget* createPage(const StandardPage& page, Runtime& runtime, ActivityLog& activity)
{
    return page.factory ? page.factory(runtime, activity) : placeholder(page);
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
