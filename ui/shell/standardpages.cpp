#include "ui/shell/standardpages.h"

#include "ui/activity/activitylog.h"
#include "ui/activity/activitypage.h"
#include "ui/activity/proberecorder.h"
#include "core/runtime/runtime.h"
#include "ui/health/healthpage.h"
#include "ui/providers/providerspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pageicons.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/texttospeechpage.h"

#include <QCoreApplication>

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
    {"health", QT_TRANSLATE_NOOP("vd::StandardPages", "Health"), PageGlyph::Pulse, &create<HealthPage>},
    {"activity", QT_TRANSLATE_NOOP("vd::StandardPages", "Activity"), PageGlyph::History, &create<ActivityPage>},
};

QString title(const StandardPage& page)
{
    return QCoreApplication::translate("vd::StandardPages", page.title);
}

} // namespace

void addStandardPages(MainWindow& window, Runtime& runtime, ActivityLog& activity)
{
    for (const StandardPage& page : kPages)
        window.addPage(QString::fromLatin1(page.id), title(page), pageIcon(page.icon), page.factory(runtime, activity));
    // Every probe (periodic, "Probe all now", a provider's "Test") goes into the Activity page once.
    new ProbeRecorder(runtime.health(), activity, &window);
    QObject::connect(&window, &MainWindow::languageChanged, &window, [&window] {
        for (const StandardPage& page : kPages)
            window.setPageTitle(QString::fromLatin1(page.id), title(page));
    });
}

} // namespace vd
