#include "ui/shell/standardpages.h"

#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/activitypage.h"
#include "ui/activity/proberecorder.h"
#include "ui/audio/inputdevicemodel.h"
#include "ui/audio/pcmplayer.h"
#include "ui/health/healthpage.h"
#include "ui/providers/providerspage.h"
#include "ui/shell/audiodevicechoice.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pageicons.h"
#include "ui/shell/workreports.h"
#include "ui/speech/speechplayback.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/takepanel.h"
#include "ui/speech/texttospeechpage.h"
#include "ui/suites/suitespage.h"

#include <QCoreApplication>
#include <QPointer>

namespace vd {

namespace {

// Each page takes the services it uses, wired here from the Runtime; pages record their requests
// in the one ActivityLog.
using PageFactory = QWidget* (*)(Runtime&, ActivityLog&);

QWidget* createSpeechToText(Runtime& runtime, ActivityLog& activity)
{
    return new SpeechToTextPage(speechServices(runtime), activity);
}

QWidget* createTextToSpeech(Runtime& runtime, ActivityLog& activity)
{
    return new TextToSpeechPage(speechServices(runtime), activity);
}

QWidget* createProviders(Runtime& runtime, ActivityLog&)
{
    return new ProvidersPage(providersServices(runtime));
}

QWidget* createHealth(Runtime& runtime, ActivityLog&)
{
    return new HealthPage(runtime.readiness(), runtime.registry(), runtime.health(), runtime.resilience(),
                          runtime.config());
}

QWidget* createActivity(Runtime&, ActivityLog& activity)
{
    return new ActivityPage(activity);
}

QWidget* createSuites(Runtime& runtime, ActivityLog& activity)
{
    return new SuitesPage(runtime.router(), runtime.registry(), runtime.providers(), runtime.history(),
                          activity);
}

// "Add take" on the Suites page adds the Speech to text page's take, with its reference text.
void connectTakeSource(MainWindow& window)
{
    auto* suites = qobject_cast<SuitesPage*>(window.page(QStringLiteral("suites")));
    auto* speech = qobject_cast<SpeechToTextPage*>(window.page(QStringLiteral("speech-to-text")));
    if (!suites || !speech)
        return;
    suites->setTakeSource([speech = QPointer(speech)]() -> std::optional<SuiteTake> {
        if (!speech || !speech->takePanel().hasTake())
            return std::nullopt;
        return SuiteTake{speech->takePanel().take(), speech->takePanel().takeName(), speech->reference()};
    });
}

// The microphone and sound output of Preferences are the ones the Speech to text page records
// from and the Text to speech page plays on; the take panel's own microphone box is the same
// choice, so a pick there is remembered too.
void connectAudioDevices(MainWindow& window)
{
    AudioDeviceChoice& choice = window.audioDevices();
    if (auto* speech = qobject_cast<SpeechToTextPage*>(window.page(QStringLiteral("speech-to-text")))) {
        TakePanel& take = speech->takePanel();
        take.setDeviceId(choice.inputId());
        QObject::connect(&choice, &AudioDeviceChoice::inputChanged, &take, &TakePanel::setDeviceId);
        QObject::connect(&take.devices(), &InputDeviceModel::selectedIdChanged, &choice,
                         &AudioDeviceChoice::setInputId);
    }
    if (auto* tts = qobject_cast<TextToSpeechPage*>(window.page(QStringLiteral("text-to-speech")))) {
        PcmPlayer& player = tts->playback().player();
        player.setDeviceId(choice.outputId());
        QObject::connect(&choice, &AudioDeviceChoice::outputChanged, &player, &PcmPlayer::setDeviceId);
    }
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
     &createSpeechToText},
    {"text-to-speech", QT_TRANSLATE_NOOP("vd::StandardPages", "Text to speech"), PageGlyph::Speaker,
     &createTextToSpeech},
    {"providers", QT_TRANSLATE_NOOP("vd::StandardPages", "Providers"), PageGlyph::Providers,
     &createProviders},
    {"health", QT_TRANSLATE_NOOP("vd::StandardPages", "Health"), PageGlyph::Pulse, &createHealth},
    {"activity", QT_TRANSLATE_NOOP("vd::StandardPages", "Activity"), PageGlyph::History, &createActivity},
    {"suites", QT_TRANSLATE_NOOP("vd::StandardPages", "Suites"), PageGlyph::Checklist, &createSuites},
};

QString title(const StandardPage& page)
{
    return QCoreApplication::translate("vd::StandardPages", page.title);
}

} // namespace

SpeechServices speechServices(Runtime& runtime)
{
    return {runtime.readiness(), runtime.registry(), runtime.factory(), runtime.providers(),
            runtime.router()};
}

ProvidersServices providersServices(Runtime& runtime)
{
    return {runtime.readiness(),
            runtime.registry(),
            runtime.factory(),
            runtime.providers(),
            runtime.credentials(),
            runtime.health(),
            runtime.resilience(),
            runtime.resilienceStore(),
            runtime.configPath(),
            runtime.config(),
            [&runtime](const AppConfig& config) { runtime.applyConfig(config); }};
}

void addStandardPages(MainWindow& window, Runtime& runtime, ActivityLog& activity)
{
    for (const StandardPage& page : kPages)
        window.addPage(QString::fromLatin1(page.id), title(page), pageIcon(page.icon),
                       page.factory(runtime, activity));
    connectTakeSource(window);
    connectAudioDevices(window);
    reportWork(window, runtime.health());
    // Every probe (periodic, "Probe all now", a provider's "Test") goes into the Activity page once.
    new ProbeRecorder(runtime.health(), activity, &window);
    QObject::connect(&window, &MainWindow::languageChanged, &window, [&window] {
        for (const StandardPage& page : kPages)
            window.setPageTitle(QString::fromLatin1(page.id), title(page));
    });
}

} // namespace vd
