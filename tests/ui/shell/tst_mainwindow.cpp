#include "core/audio/audioencoder.h"
#include "core/resilience/healthmonitor.h"
#include "shelltestenvironment.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/worktracker.h"
#include "ui/health/healthpage.h"
#include "ui/i18n/translator.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pagestate.h"
#include "ui/shell/standardpages.h"
#include "ui/speech/comparisonmodel.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/takepanel.h"
#include "ui/speech/texttospeechpage.h"
#include "ui/suites/suitespage.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

namespace {

// A page that keeps a string as its state, to see MainWindow store and hand it back.
class StatefulPage : public QWidget, public PageState
{
public:
    QByteArray savePageState() const override { return value; }
    bool restorePageState(const QByteArray& state) override
    {
        restored = state;
        return true;
    }

    QByteArray value;
    QByteArray restored;
};

// Opens a quarter second of steady tone, written to `dir` as `name`, as the Speech-to-text page's take.
void openTake(SpeechToTextPage& speech, const QTemporaryDir& dir, const QString& name)
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples.fill(0.1f, 4000);
    const QString path = dir.filePath(name);
    QVERIFY(writeAudioFile(clip, path));
    QSignalSpy changed(&speech.takePanel(), &TakePanel::takeChanged);
    speech.openFile(path);
    QVERIFY(changed.wait(10000));
}

QString labelText(const MainWindow& window, const char* objectName)
{
    const auto* label = window.findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::ShellTestEnvironment m_environment;
    Translator m_translator;
    ActivityLog m_activity;

    // A window with the standard pages, as the application assembles it.
    std::unique_ptr<MainWindow> standardWindow(Runtime& runtime)
    {
        auto window = std::make_unique<MainWindow>(runtime, m_translator);
        addStandardPages(*window, runtime, m_activity);
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_environment.isValid());
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
    }

    void init() { test::ShellTestEnvironment::clearSettings(); }

    void isTitledVoiceDeckAndListsTheStandardPagesInOrder()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        QCOMPARE(window->windowTitle(), QStringLiteral("VoiceDeck"));
        QCOMPARE(window->pageIds(), (QStringList{"speech-to-text", "text-to-speech", "providers", "health",
                                                 "activity", "suites"}));
        QCOMPARE(window->currentPageId(), QStringLiteral("speech-to-text"));
        const auto* list = window->findChild<QListWidget*>(QStringLiteral("pageList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->item(2)->text(), QStringLiteral("Providers"));
        QVERIFY(!list->item(2)->icon().isNull());
    }

    void switchesPagesWithControlAndTheirNumber_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("page");
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << "speech-to-text";
        QTest::newRow("Ctrl+2") << int(Qt::Key_2) << "text-to-speech";
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << "providers";
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << "health";
        QTest::newRow("Ctrl+5") << int(Qt::Key_5) << "activity";
        QTest::newRow("Ctrl+6") << int(Qt::Key_6) << "suites";
    }

    void switchesPagesWithControlAndTheirNumber()
    {
        QFETCH(int, key);
        QFETCH(QString, page);
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        // Start elsewhere, so that every row really moves.
        QVERIFY(window->showPage(page == QLatin1String("health") ? QStringLiteral("activity")
                                                                 : QStringLiteral("health")));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy changed(window.get(), &MainWindow::currentPageChanged);

        QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);

        QCOMPARE(window->currentPageId(), page);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), page);
        const auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QCOMPARE(stack->currentWidget(), window->page(page));
    }

    void showPageSelectsTheSidebarEntryAndTheMenuAction()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        QVERIFY(window->showPage(QStringLiteral("activity")));
        QCOMPARE(window->currentPageId(), QStringLiteral("activity"));
        const auto* list = window->findChild<QListWidget*>(QStringLiteral("pageList"));
        QCOMPARE(list->currentRow(), 4);
        bool checkedInViewMenu = false;
        for (QAction* menu : window->menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions())
                checkedInViewMenu |=
                    action->isChecked() && action->data().toString() == QLatin1String("activity");
        }
        QVERIFY(checkedInViewMenu);
    }

    // "Add take" on the Suites page adds the Speech to text page's take, with its reference.
    void theSuitesPageTakesTheSpeechPagesTake()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        auto* speech = qobject_cast<SpeechToTextPage*>(window->page(QStringLiteral("speech-to-text")));
        auto* suites = qobject_cast<SuitesPage*>(window->page(QStringLiteral("suites")));
        QVERIFY(speech && suites);
        QVERIFY(!suites->currentTake());
        QTemporaryDir dir;
        openTake(*speech, dir, QStringLiteral("hello.wav"));
        if (QTest::currentTestFailed())
            return;
        speech->setReference(QStringLiteral("hello there"));
        const std::optional<SuiteTake> take = suites->currentTake();
        QVERIFY(take);
        QCOMPARE(take->clip.frameCount(), speech->takePanel().take().frameCount());
        QCOMPARE(take->name, QStringLiteral("hello.wav"));
        QCOMPARE(take->expected, QStringLiteral("hello there"));
    }

    // A banner floats over the top of its page: the page's content stays where it was.
    void aBannerDoesNotPushThePageContentDown()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        window->restoreSession();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* speech = qobject_cast<SpeechToTextPage*>(window->page(QStringLiteral("speech-to-text")));
        auto* content = speech->findChild<QSplitter*>(QStringLiteral("sttSplitter"));
        QVERIFY(content);
        const int before = content->mapTo(speech, QPoint()).y();

        speech->messageBanner().showError(QStringLiteral("The microphone could not be opened."));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();

        QVERIFY(speech->messageBanner().isVisible());
        QCOMPARE(content->mapTo(speech, QPoint()).y(), before);
    }

    // A passing notice stays on the page that showed it and is gone when the user comes back.
    void aBannerBelongsToItsPage()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* speech = qobject_cast<SpeechToTextPage*>(window->page(QStringLiteral("speech-to-text")));
        auto* tts = qobject_cast<TextToSpeechPage*>(window->page(QStringLiteral("text-to-speech")));
        speech->messageBanner().showMessage(MessageBanner::Level::Information,
                                            QStringLiteral("Saved the take."));
        QVERIFY(speech->messageBanner().isVisible());

        QVERIFY(window->showPage(QStringLiteral("text-to-speech")));
        QVERIFY(!speech->messageBanner().isVisible());
        QVERIFY(!tts->messageBanner().isVisible());
        QVERIFY(window->showPage(QStringLiteral("speech-to-text")));
        QVERIFY(!speech->messageBanner().isVisible());
    }

    void theStatusBarShowsRunningWorkAndClearsWhenItEnds()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* bar = window->findChild<QProgressBar*>(QStringLiteral("workProgress"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        WorkTracker& work = window->work();
        const WorkTracker::Handle suite = work.begin([] { return QStringLiteral("Running suite"); }, 10);
        work.progress(suite, 3);
        QVERIFY(bar->isVisible());
        QCOMPARE(labelText(*window, "workText"), QStringLiteral("Running suite"));
        QCOMPARE(bar->maximum(), 10);
        QCOMPARE(bar->value(), 3);
        // Work of unknown size: a busy indicator, and the newest job is the one shown.
        const WorkTracker::Handle probe = work.begin([] { return QStringLiteral("Probing 4 providers…"); });
        QCOMPARE(labelText(*window, "workText"), QStringLiteral("Probing 4 providers…"));
        QCOMPARE(bar->maximum(), 0);
        work.end(probe);
        QCOMPARE(labelText(*window, "workText"), QStringLiteral("Running suite"));
        work.end(suite);
        QVERIFY(!bar->isVisible());
    }

    // A page's work is reported without the page knowing the status bar: each says when it is busy
    // (the Text to speech page's own signal is checked with the real engines in tst_ttsacross).
    void aPagesWorkShowsInTheStatusBar_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("text");
        QTest::newRow("transcription") << "speech-to-text"
                                       << "Transcribing";
        QTest::newRow("speaking") << "text-to-speech"
                                  << "Speaking";
    }
    void aPagesWorkShowsInTheStatusBar()
    {
        QFETCH(QString, page);
        QFETCH(QString, text);
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QWidget* widget = window->page(page);
        QVERIFY(widget);
        auto* bar = window->findChild<QProgressBar*>(QStringLiteral("workProgress"));
        QVERIFY(bar);
        const auto busy = [widget](bool on) {
            return QMetaObject::invokeMethod(widget, "busyChanged", Qt::DirectConnection, Q_ARG(bool, on));
        };
        QVERIFY(busy(true));
        QVERIFY(bar->isVisible());
        QVERIFY(labelText(*window, "workText").startsWith(text));
        QVERIFY(busy(true)); // emitted on every update: still one job
        QVERIFY(busy(false));
        QVERIFY(!bar->isVisible());
        QVERIFY(!window->work().isBusy());
    }

    // "Compare all" is a job of its own, not "Transcribing…": named as such, with the count of
    // providers done. The one provider (shell tests load no plugins) meets a closed loopback
    // port: its row fails, which counts as done all the same.
    void aComparisonShowsInTheStatusBarWithItsProgress()
    {
        const QByteArray config = R"({"version": 1, "providers": {"openai_stt": )"
                                  R"({"settings": {"base_url": "http://127.0.0.1:9/v1"}}}})";
        m_environment.writeConfig(config);
        qputenv("OPENAI_API_KEY", "sk-test-not-a-real-key");
        const auto restore = qScopeGuard([this] {
            qunsetenv("OPENAI_API_KEY");
            m_environment.writeConfig("{}");
        });
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        runtime->start();
        QTRY_VERIFY_WITH_TIMEOUT(runtime->isReady(), 20000);
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* speech = qobject_cast<SpeechToTextPage*>(window->page(QStringLiteral("speech-to-text")));
        QVERIFY(speech);
        QTemporaryDir dir;
        openTake(*speech, dir, QStringLiteral("take.wav"));
        if (QTest::currentTestFailed())
            return;

        WorkTracker& work = window->work();
        QList<std::pair<int, int>> shown; // (done, total) of the status bar's job on each change
        connect(&work, &WorkTracker::changed, this, [&work, &shown] {
            if (work.isBusy())
                shown.append({work.done(), work.total()});
        });
        QSignalSpy finished(speech, &SpeechToTextPage::comparisonFinished);
        speech->compareAll();
        QVERIFY(speech->isComparing());
        QCOMPARE(labelText(*window, "workText"), QStringLiteral("Comparing providers…"));
        const int total = speech->comparison().progress().total;
        QCOMPARE(total, 1);
        QCOMPARE(work.total(), total);
        QCOMPARE(work.done(), 0);
        QVERIFY(finished.wait(60000));
        QVERIFY(!work.isBusy());
        QVERIFY2(shown.contains({total, total}), "the last provider done shows before the job ends");
        disconnect(&work, &WorkTracker::changed, this, nullptr);
    }

    // A health probe (here one that meets a closed loopback port) shows while it runs.
    void healthProbesShowInTheStatusBar()
    {
        const QByteArray config = R"({"version": 1, "providers": {"openai_stt": )"
                                  R"({"settings": {"base_url": "http://127.0.0.1:9/v1"}}}})";
        m_environment.writeConfig(config);
        qputenv("OPENAI_API_KEY", "sk-test-not-a-real-key");
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        runtime->start();
        QTRY_VERIFY_WITH_TIMEOUT(runtime->isReady(), 20000);
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* bar = window->findChild<QProgressBar*>(QStringLiteral("workProgress"));
        QVERIFY(bar);

        QVERIFY(runtime->health().probe(QStringLiteral("openai_stt")));
        QVERIFY(bar->isVisible());
        // "Probing 1 provider…" once the English catalogue has the plural.
        QVERIFY2(labelText(*window, "workText").startsWith(QStringLiteral("Probing 1 provider")),
                 qPrintable(labelText(*window, "workText")));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 20000);
        QVERIFY(!window->work().isBusy());
        qunsetenv("OPENAI_API_KEY");
        m_environment.writeConfig("{}");
    }

    void showPageRefusesAnUnknownId()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        QVERIFY(window->showPage(QStringLiteral("health")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no page")));
        QVERIFY(!window->showPage(QStringLiteral("no-such-page")));
        QCOMPARE(window->currentPageId(), QStringLiteral("health"));
    }

    void restoresGeometryPageAndPageStateOfTheLastSession()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        {
            MainWindow first(*runtime, m_translator);
            auto* page = new StatefulPage;
            page->value = QByteArrayLiteral("splitter=3:2");
            first.addPage(QStringLiteral("plain"), QStringLiteral("Plain"), {}, new QWidget);
            first.addPage(QStringLiteral("stateful"), QStringLiteral("Stateful"), {}, page);
            first.restoreSession();
            first.resize(900, 600);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(first.showPage(QStringLiteral("stateful")));
            QVERIFY(first.close()); // saves the session
        }
        MainWindow second(*runtime, m_translator);
        auto* page = new StatefulPage;
        second.addPage(QStringLiteral("plain"), QStringLiteral("Plain"), {}, new QWidget);
        second.addPage(QStringLiteral("stateful"), QStringLiteral("Stateful"), {}, page);
        QCOMPARE(second.currentPageId(), QStringLiteral("plain"));

        second.restoreSession();

        QCOMPARE(second.currentPageId(), QStringLiteral("stateful"));
        QCOMPARE(second.size(), QSize(900, 600));
        QCOMPARE(page->restored, QByteArrayLiteral("splitter=3:2"));
    }

    // README: each page's choices are remembered. The Health range and the text to speak came
    // back as 1 h and empty after a restart (issue #17); so does the Health page's probes or
    // requests choice.
    void standardPagesRememberTheirChoicesAcrossASession()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        {
            auto first = standardWindow(*runtime);
            first->restoreSession();
            auto* health = first->findChild<HealthPage*>();
            auto* speak = first->findChild<TextToSpeechPage*>();
            QVERIFY(health && speak);
            health->setRange(ChartRange::OneDay);
            health->setSampleKind(SampleKind::Requests);
            speak->setText(QStringLiteral("Сорок два — forty-two"));
            first->saveSession();
        }
        auto second = standardWindow(*runtime);
        QCOMPARE(second->findChild<HealthPage*>()->range(), ChartRange::OneHour); // the default
        second->restoreSession();
        QCOMPARE(second->findChild<HealthPage*>()->range(), ChartRange::OneDay);
        QCOMPARE(second->findChild<HealthPage*>()->sampleKind(), SampleKind::Requests);
        QCOMPARE(second->findChild<TextToSpeechPage*>()->text(), QStringLiteral("Сорок два — forty-two"));
    }

    void startsAtADefaultSizeWithoutASavedSession()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        window->restoreSession();
        QCOMPARE(window->currentPageId(), QStringLiteral("speech-to-text"));
        QVERIFY(window->width() >= 800);
        QVERIFY(window->height() >= 600);
    }

    void statusBarSaysLoadingUntilTheRuntimeIsReady()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        QCOMPARE(labelText(*window, "readiness"), QStringLiteral("Loading keychain and state…"));
        runtime->start();
        QTRY_COMPARE_WITH_TIMEOUT(labelText(*window, "readiness"), QStringLiteral("Ready"), 30000);
    }

    void statusBarShowsConfigWarningsInWords()
    {
        m_environment.writeConfig(R"({"version": 1, "providers": {"whisper_local": {"enabled": true}}})");
        auto runtime = m_environment.createRuntime();
        m_environment.writeConfig("{}");
        QVERIFY(runtime);
        QCOMPARE(runtime->configWarnings().size(), 1);
        auto window = standardWindow(*runtime);
        const auto* warnings = window->findChild<QLabel*>(QStringLiteral("configWarnings"));
        QVERIFY(warnings);
        QVERIFY(!warnings->isHidden());
        QVERIFY2(warnings->text().startsWith(
                     QStringLiteral("Config file warning: providers.whisper_local: no provider named")),
                 qPrintable(warnings->text()));
        QVERIFY(warnings->toolTip().contains(m_environment.configPath()));
    }

    void statusBarHasNoWarningWhenTheConfigIsClean()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("configWarnings"))->isHidden());
    }

    void aboutNamesVersionQtAndLicense()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F1);
        QMessageBox* about = nullptr;
        QTRY_VERIFY((about = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) &&
                    about->isVisible());
        QVERIFY(about->text().contains(QStringLiteral("VoiceDeck 9.8.7")));
        QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about->text().contains(QStringLiteral("GNU General Public License")));
        about->close();
    }

    void quitsWithControlQ()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        auto window = standardWindow(*runtime);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
