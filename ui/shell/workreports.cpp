#include "ui/shell/workreports.h"

#include "core/resilience/healthmonitor.h"
#include "ui/activity/worktracker.h"
#include "ui/shell/mainwindow.h"
#include "ui/speech/comparisonmodel.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/texttospeechpage.h"
#include "ui/suites/suiterunpanel.h"
#include "ui/suites/suitespage.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProgressBar>
#include <memory>
#include <utility>

namespace vd {

namespace {

// One job for as long as `busy` says so: the page repeats busyChanged(true) on every update.
void follow(WorkTracker& work, const std::shared_ptr<WorkTracker::Handle>& handle, bool busy,
            const std::function<WorkTracker::Handle()>& begin)
{
    if (busy && *handle == 0)
        *handle = begin();
    else if (!busy && *handle != 0)
        work.end(std::exchange(*handle, 0));
}

// "Transcribing…", or "Transcribing with openai_stt…" when one provider is chosen. The texts are
// marked for translation where they are named and translated when shown.
WorkTracker::Text withProvider(const QString& provider, const char* alone, const char* withName)
{
    return [provider, alone, withName] {
        return provider.isEmpty() ? QCoreApplication::translate("vd::WorkReports", alone)
                                  : QCoreApplication::translate("vd::WorkReports", withName).arg(provider);
    };
}

// Transcribe, or "Compare all" with the count of providers done.
void reportTranscriptions(WorkTracker& work, SpeechToTextPage* speech)
{
    auto handle = std::make_shared<WorkTracker::Handle>(0);
    QObject::connect(speech, &SpeechToTextPage::busyChanged, &work, [&work, speech, handle](bool busy) {
        follow(work, handle, busy, [&work, speech] {
            if (speech->isComparing())
                return work.begin(
                    [] { return QCoreApplication::translate("vd::WorkReports", "Comparing providers…"); },
                    speech->comparison().progress().total);
            return work.begin(withProvider(speech->providerPicker().currentProvider(),
                                           QT_TRANSLATE_NOOP("vd::WorkReports", "Transcribing…"),
                                           QT_TRANSLATE_NOOP("vd::WorkReports", "Transcribing with %1…")));
        });
    });
    QObject::connect(&speech->comparison(), &QAbstractItemModel::dataChanged, &work, [&work, speech, handle] {
        if (speech->isComparing())
            work.progress(*handle, speech->comparison().progress().done);
    });
}

// Play, or "Play across providers" with the count of providers done.
void reportSpeaking(WorkTracker& work, TextToSpeechPage* tts)
{
    auto handle = std::make_shared<WorkTracker::Handle>(0);
    QObject::connect(tts, &TextToSpeechPage::busyChanged, &work, [&work, tts, handle](bool busy) {
        follow(work, handle, busy, [&work, tts] {
            if (tts->isPlayingAcross())
                return work.begin([] {
                    return QCoreApplication::translate("vd::WorkReports", "Playing across providers…");
                });
            return work.begin(withProvider(tts->providerPicker().currentProvider(),
                                           QT_TRANSLATE_NOOP("vd::WorkReports", "Speaking…"),
                                           QT_TRANSLATE_NOOP("vd::WorkReports", "Speaking with %1…")));
        });
    });
    QObject::connect(tts, &TextToSpeechPage::acrossProgress, &work,
                     [&work, handle](int done, int total) { work.progress(*handle, done, total); });
}

// The run panel's own progress bar is the count of cases done.
void reportSuiteRuns(WorkTracker& work, SuitesPage* suites)
{
    auto* bar = suites->findChild<QProgressBar*>(QStringLiteral("suiteProgress"));
    if (!bar)
        return;
    auto handle = std::make_shared<WorkTracker::Handle>(0);
    QObject::connect(&suites->runPanel(), &SuiteRunPanel::runningChanged, &work,
                     [&work, bar = QPointer(bar), handle](bool running) {
                         follow(work, handle, running, [&work, bar] {
                             return work.begin(
                                 [bar] {
                                     return QCoreApplication::translate("vd::WorkReports",
                                                                        "Running suite %1/%2")
                                         .arg(bar ? bar->value() : 0)
                                         .arg(bar ? bar->maximum() : 0);
                                 },
                                 bar ? bar->maximum() : 0);
                         });
                     });
    QObject::connect(bar, &QProgressBar::valueChanged, &work,
                     [&work, bar, handle](int done) { work.progress(*handle, done, bar->maximum()); });
}

// Probes run concurrently: the job lasts from the first start to the last finish, and its size
// is the most that ran at once.
void reportProbes(WorkTracker& work, HealthMonitor& health)
{
    struct Probing
    {
        WorkTracker::Handle handle = 0;
        int peak = 0;
    };
    auto probing = std::make_shared<Probing>();
    auto update = [&work, &health, probing] {
        const int inFlight = health.probesInFlight();
        if (inFlight == 0) {
            work.end(std::exchange(probing->handle, 0));
            probing->peak = 0;
            return;
        }
        probing->peak = qMax(probing->peak, inFlight);
        if (probing->handle == 0) {
            probing->handle = work.begin([probing] {
                return QCoreApplication::translate("vd::WorkReports", "Probing %n provider(s)…", nullptr,
                                                   probing->peak);
            });
        }
        work.progress(probing->handle, probing->peak - inFlight, probing->peak);
    };
    QObject::connect(&health, &HealthMonitor::probeStarted, &work, update);
    QObject::connect(&health, &HealthMonitor::probeFinished, &work, update);
}

} // namespace

void reportWork(MainWindow& window, HealthMonitor& health)
{
    WorkTracker& work = window.work();
    if (auto* speech = qobject_cast<SpeechToTextPage*>(window.page(QStringLiteral("speech-to-text"))))
        reportTranscriptions(work, speech);
    if (auto* tts = qobject_cast<TextToSpeechPage*>(window.page(QStringLiteral("text-to-speech"))))
        reportSpeaking(work, tts);
    if (auto* suites = qobject_cast<SuitesPage*>(window.page(QStringLiteral("suites"))))
        reportSuiteRuns(work, suites);
    reportProbes(work, health);
}

} // namespace vd
