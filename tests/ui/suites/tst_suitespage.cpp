#include "core/audio/audiodecoder.h"
#include "core/history/historyrecorder.h"
#include "core/registry/providerregistry.h"
#include "core/runtime/configuredproviders.h"
#include "tests/ui/speech/speechtestruntime.h"
#include "ui/activity/activitylog.h"
#include "ui/speech/messagebanner.h"
#include "ui/suites/suitecasedialog.h"
#include "ui/suites/suitediffmodel.h"
#include "ui/suites/suitehistorypanel.h"
#include "ui/suites/suiteresultsmodel.h"
#include "ui/suites/suiterunpanel.h"
#include "ui/suites/suiterunsmodel.h"
#include "ui/suites/suitespage.h"
#include "ui/suites/suitesummarymodel.h"
#include "ui/suites/suitetargetlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QXmlStreamReader>

using namespace vd;

namespace {

QString smokeClip(const char* name)
{
    return QStringLiteral(VOICEDECK_SOURCE_DIR "/examples/suites/smoke/clips/") + QLatin1String(name);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The Suites page over the whole core with the offline engines (PocketSphinx, Flite): building a
// suite, running it with progress and cancel, the stored history and its diff, exports, and suite
// files with problems. Runs share one runtime, so the history grows from test to test.
class TestSuitesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    ActivityLog m_activity;
    std::unique_ptr<SuitesPage> m_page;
    QList<qint64> m_stored; // run ids, oldest first

    // One STT case (a smoke clip) and one TTS case checked by PocketSphinx.
    QString writeRoundTripSuite()
    {
        const QString path = m_dir.filePath("roundtrip/suite.json");
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QJsonObject suite{{"version", 1},
                                {"name", "roundtrip"},
                                {"stt_for_tts", "pocketsphinx_stt"},
                                {"defaults", QJsonObject{{"language", "en-US"}, {"tolerance", 0.2}}},
                                {"cases", QJsonArray{QJsonObject{{"id", "kitchen-lights"},
                                                                 {"audio", smokeClip("kitchen-lights.wav")},
                                                                 {"expected", "turn on the kitchen lights"}},
                                                     QJsonObject{{"id", "front-door"},
                                                                 {"type", "tts"},
                                                                 {"text", "open the front door"},
                                                                 {"voice", "rms"},
                                                                 {"tolerance", 0.25}}}}};
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(suite).toJson());
        return path;
    }

    bool open(const QString& path)
    {
        QSignalSpy loaded(m_page.get(), &SuitesPage::suiteLoaded);
        m_page->openSuite(path);
        return loaded.wait(10000);
    }

    // Runs the open suite to its end (or cancels it at once) and waits until it is stored.
    bool run(bool cancel)
    {
        QSignalSpy finished(&m_page->runPanel(), &SuiteRunPanel::runFinished);
        QSignalSpy stored(&m_page->runPanel(), &SuiteRunPanel::runStored);
        m_page->runSuite();
        if (!m_page->runPanel().isRunning())
            return false;
        if (cancel)
            m_page->runPanel().cancel();
        if (!finished.wait(240000) || (stored.isEmpty() && !stored.wait(10000)))
            return false;
        m_stored << stored.first().first().toLongLong();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runtime = test::makeRuntime(m_dir, QJsonObject{});
        QVERIFY(m_runtime);
        m_page = std::make_unique<SuitesPage>(m_runtime->router(), m_runtime->registry(),
                                              m_runtime->providers(), m_runtime->history(), m_activity);
        m_page->resize(1200, 800);
        m_page->show();
    }

    void opensTheSmokeSuite()
    {
        QVERIFY(open(QStringLiteral(VOICEDECK_SOURCE_DIR "/examples/suites/smoke")));
        QCOMPARE(m_page->load().suite.cases.size(), 5);
        QVERIFY(m_page->load().problems.isEmpty());
        QVERIFY(!m_page->findChild<QGroupBox*>()->isVisible()); // no problems box
        QVERIFY(m_page->findChild<QLabel*>("suiteName")->text().contains("smoke"));
        QVERIFY(m_page->findChild<QPushButton*>("runSuiteButton")->isEnabled()); // Auto is checked
    }

    void buildsASuiteFromATakeAndAFile()
    {
        const QString folder = m_dir.filePath("built");
        m_page->newSuite(folder);
        QVERIFY(m_page->findChild<QLabel*>("suiteName")->text().contains("add a case"));
        QVERIFY(!m_page->findChild<QPushButton*>("runSuiteButton")->isEnabled()); // nothing to run yet

        Result<AudioClip> take = decodeAudioFile(smokeClip("kitchen-lights.wav"));
        QVERIFY(take);
        NewSuiteCase fromTake;
        fromTake.clip = *take;
        fromTake.expected = QStringLiteral("turn on the kitchen lights");
        QSignalSpy added(m_page.get(), &SuitesPage::caseAdded);
        m_page->addCase(fromTake);
        QVERIFY(added.wait(10000));
        NewSuiteCase fromFile;
        fromFile.audioFile = smokeClip("timer.wav");
        fromFile.expected = QStringLiteral("set a timer for ten minutes");
        fromFile.tolerance = 0.34;
        m_page->addCase(fromFile);
        QVERIFY(added.wait(10000));

        QCOMPARE(m_page->suitePath(), folder + QStringLiteral("/suite.json"));
        const Suite& suite = m_page->load().suite;
        QCOMPARE(suite.cases.size(), 2);
        QCOMPARE(suite.cases.at(0).audioPath, folder + QStringLiteral("/clips/take.wav"));
        QCOMPARE(suite.cases.at(1).audioPath, folder + QStringLiteral("/clips/timer.wav"));
        QCOMPARE(loadSuite(folder).suite.cases.size(), 2); // on disk, as the CLI reads it
        QVERIFY(m_page->messageBanner().text().contains("timer"));
    }

    // "Add take": the Speech to text page's take (through the take source), described in the dialog.
    void addsTheCurrentTakeThroughTheDialog()
    {
        auto* addTake = m_page->findChild<QPushButton*>("addTakeButton");
        m_page->setTakeSource([] { return std::optional<SuiteTake>(); });
        addTake->click();
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Warning);
        QVERIFY(m_page->messageBanner().text().contains("no take"));

        Result<AudioClip> clip = decodeAudioFile(smokeClip("weather.wav"));
        QVERIFY(clip);
        m_page->setTakeSource([clip = *clip] {
            return std::optional<SuiteTake>(
                SuiteTake{clip, QStringLiteral("recording"), QStringLiteral("what is the weather")});
        });
        m_page->newSuite(m_dir.filePath("fromtake"));
        QString prefilled;
        QTimer::singleShot(0, this, [&prefilled] {
            auto* dialog = qobject_cast<SuiteCaseDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            prefilled = dialog->expectedEdit()->text();
            dialog->expectedEdit()->setText(QStringLiteral("what is the weather like today"));
            dialog->idEdit()->setText(QStringLiteral("weather"));
            dialog->accept();
        });
        QSignalSpy added(m_page.get(), &SuitesPage::caseAdded);
        addTake->click(); // runs the dialog until the timer accepts it
        QCOMPARE(prefilled, QStringLiteral("what is the weather")); // the reference typed on the STT page
        QVERIFY(added.wait(10000));
        const SuiteCase& added0 = m_page->load().suite.cases.first();
        QCOMPARE(added0.id, QStringLiteral("weather"));
        QCOMPARE(added0.expected, QStringLiteral("what is the weather like today"));
        QVERIFY(QFile::exists(m_dir.filePath("fromtake/clips/weather.wav")));
    }

    void runsOnTheOfflineEnginesAndStoresTheRun()
    {
        QVERIFY(open(writeRoundTripSuite()));
        m_page->runPanel().targets().setCheckedNames({"pocketsphinx_stt", "flite_tts"});
        QVERIFY(run(false));

        const SuiteResultsModel& results = m_page->runPanel().results();
        QCOMPARE(results.rowCount(), 2);
        const CaseResult& stt = results.results().at(0);
        QCOMPARE(stt.caseId, QStringLiteral("kitchen-lights"));
        QCOMPARE(stt.provider, QStringLiteral("pocketsphinx_stt"));
        QVERIFY2(stt.passed(), qPrintable(stt.failureMessage()));
        const CaseResult& tts = results.results().at(1);
        QCOMPARE(tts.provider, QStringLiteral("flite_tts"));
        QCOMPARE(tts.checkProvider, QStringLiteral("pocketsphinx_stt"));
        QVERIFY2(tts.passed(), qPrintable(tts.failureMessage()));
        const auto* progress = m_page->findChild<QProgressBar*>("suiteProgress");
        QCOMPARE(progress->value(), 2);
        QCOMPARE(progress->maximum(), 2);
        QCOMPARE(m_page->runPanel().summary().rowCount(), 2);
        // Each case's request is on the Activity page, like the other pages' requests.
        const QList<ActivityEntry>& activity = m_activity.entries();
        QCOMPARE(activity.size(), 2);
        QSet<QString> operations;
        for (const ActivityEntry& entry : activity) {
            QVERIFY(entry.ok);
            QVERIFY(!entry.trace.attempts().isEmpty());
            operations << operationName(entry.operation) + QLatin1Char(' ') + entry.provider;
        }
        QCOMPARE(operations, (QSet<QString>{"transcribe pocketsphinx_stt", "synthesize flite_tts"}));
        QVERIFY(m_page->findChild<QLabel*>("suiteRunStatus")->text().contains("2 of 2 passed"));

        // Stored in the history, and listed there (selected) once read back.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->historyPanel().runs().rowCount(), 1, 10000);
        QCOMPARE(m_page->historyPanel().runs().run(0).id, m_stored.constLast());
        QCOMPARE(m_page->historyPanel().runs().run(0).passed, 2);

        // The shown run exported in each format.
        for (const char* name : {"run.xml", "run.csv", "run.json"}) {
            QSignalSpy exported(&m_page->runPanel(), &SuiteRunPanel::exported);
            m_page->runPanel().exportTo(m_dir.filePath(name));
            QVERIFY(exported.wait(10000));
            QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
        }
        QXmlStreamReader xml(contents(m_dir.filePath("run.xml")));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(contents(m_dir.filePath("run.csv")).startsWith("case,id,type,target,provider,outcome,wer"));
        const QJsonObject json = QJsonDocument::fromJson(contents(m_dir.filePath("run.json"))).object();
        QCOMPARE(json["results"].toArray().size(), 2);
        QCOMPARE(json["ok"].toBool(), true);
    }

    void cancelLeavesCancelledCases()
    {
        QVERIFY(run(true));
        const SuiteRun& run = *m_page->runPanel().lastRun();
        QVERIFY(run.cancelled);
        QCOMPARE(run.results.size(), 2);
        for (const CaseResult& result : run.results)
            QCOMPARE(caseOutcomeName(result.outcome), QStringLiteral("cancelled"));
        QCOMPARE(m_page->runPanel()
                     .results()
                     .data(m_page->runPanel().results().index(0, SuiteResultsModel::OutcomeColumn))
                     .toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(m_page->findChild<QLabel*>("suiteRunStatus")->text().contains("Cancelled"));
        QVERIFY(!m_page->findChild<QPushButton*>("cancelSuiteButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_page->historyPanel().runs().rowCount(), 2, 10000);
        QVERIFY(m_page->historyPanel().runs().run(0).cancelled);
    }

    void comparesTwoStoredRuns()
    {
        QCOMPARE(m_stored.size(), 2);
        SuiteHistoryPanel& history = m_page->historyPanel();
        history.selectRuns(m_stored);
        QVERIFY(m_page->findChild<QPushButton*>("compareRunsButton")->isEnabled());
        QSignalSpy compared(&history, &SuiteHistoryPanel::compared);
        history.compareSelected();
        QVERIFY(compared.wait(10000));
        const SuiteDiff& diff = history.diff().diff();
        QVERIFY(diff.regressed());
        QCOMPARE(diff.changes.size(), 2); // both passed, then were cancelled
        QCOMPARE(history.diff().data(history.diff().index(0, SuiteDiffModel::ChangeColumn)).toString(),
                 QStringLiteral("new failure"));
        QVERIFY(m_page->findChild<QLabel*>("suiteDiffStatus")->text().contains("2 regression(s)"));
    }

    void problemsAreShownAndTheValidCasesRunOnRequest()
    {
        const QString path = m_dir.filePath("problems/suite.json");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{
                    {"version", 1},
                    {"cases",
                     QJsonArray{
                         QJsonObject{{"id", "ok"},
                                     {"audio", smokeClip("weather.wav")},
                                     {"expected", "what is the weather like today"}},
                         QJsonObject{{"id", "gone"}, {"audio", "missing.wav"}, {"expected", "x"}},
                         QJsonObject{{"id", "typo"}, {"audio", smokeClip("timer.wav")}, {"expect", "x"}}}}})
                .toJson());
        file.close();
        QVERIFY(open(path));
        const auto* problems = m_page->findChild<QListWidget*>("suiteProblems");
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->count(), 3); // "expect" unknown, "expected" missing, the missing clip
        QStringList texts;
        for (int i = 0; i < problems->count(); ++i)
            texts << problems->item(i)->text();
        QVERIFY2(texts.join('\n').contains("case 2 (gone): audio: file \"missing.wav\" does not exist"),
                 qPrintable(texts.join('\n')));
        QVERIFY(texts.join('\n').contains("case 3 (typo): expect: unknown field"));

        m_page->setKeepGoing(false);
        m_page->runSuite();
        QVERIFY(!m_page->runPanel().isRunning());
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Error);
        QVERIFY(m_page->messageBanner().text().contains("nothing was run"));

        m_page->setKeepGoing(true);
        QVERIFY(run(true));
        QCOMPARE(m_page->runPanel().lastRun()->results.size(), 1); // the valid STT case on pocketsphinx_stt
        QCOMPARE(m_page->runPanel().lastRun()->problems.size(), 3);
    }

    void aFileTheLoaderCannotReadIsNeverOverwritten()
    {
        const QString path = m_dir.filePath("broken/suite.json");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"cases\": [");
        file.close();
        QVERIFY(open(path));
        QVERIFY(m_page->load().fatal);
        QVERIFY(!m_page->findChild<QCheckBox*>("keepGoingCheck")->isVisible());
        QVERIFY(!m_page->findChild<QPushButton*>("runSuiteButton")->isEnabled());
        NewSuiteCase added;
        added.audioFile = smokeClip("timer.wav");
        added.expected = QStringLiteral("x");
        m_page->addCase(added);
        QTRY_VERIFY(m_page->messageBanner().text().contains("not valid JSON"));
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Error);
        QCOMPARE(contents(path), QByteArray("{\"version\": 1, \"cases\": ["));
    }

    // README: each page remembers its choices: the open suite, the checked providers, keep going.
    void theChoicesAreKeptBetweenRuns()
    {
        QVERIFY(open(writeRoundTripSuite()));
        m_page->runPanel().targets().setCheckedNames({"auto", "pocketsphinx_stt"});
        m_page->setKeepGoing(true);
        const QByteArray state = m_page->savePageState();
        SuitesPage again(m_runtime->router(), m_runtime->registry(), m_runtime->providers(),
                         m_runtime->history(), m_activity);
        QSignalSpy loaded(&again, &SuitesPage::suiteLoaded);
        QVERIFY(again.restorePageState(state));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(again.suitePath(), m_page->suitePath());
        QCOMPARE(again.runPanel().targets().checkedNames(), (QStringList{"auto", "pocketsphinx_stt"}));
        QVERIFY(again.findChild<QCheckBox*>("keepGoingCheck")->isChecked());
        QVERIFY(!again.restorePageState("not json"));
        // Auto and a provider: the chain and the provider each get the STT cases.
        const SuiteTargets targets = again.runPanel().targets().targets();
        QCOMPARE(targets.stt.size(), 2);
        QCOMPARE(targets.stt.at(0).name, QStringLiteral("auto"));
        QCOMPARE(targets.stt.at(1).name, QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(targets.tts.size(), 1); // the chain only
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_runtime.reset();
    }
};

QTEST_MAIN(TestSuitesPage)
#include "tst_suitespage.moc"
