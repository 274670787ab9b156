#include "core/history/suitediff.h"
#include "ui/suites/suiteactivity.h"
#include "ui/suites/suitecasedialog.h"
#include "ui/suites/suitediffmodel.h"
#include "ui/suites/suiteexport.h"
#include "ui/suites/suiteresultsmodel.h"
#include "ui/suites/suiterunsmodel.h"
#include "ui/suites/suitesummarychart.h"
#include "ui/suites/suitesummarymodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vd;

namespace {

CaseResult result(const QString& id, CaseOutcome outcome, std::optional<double> wer, double tolerance = 0.2)
{
    CaseResult r;
    r.caseIndex = 1;
    r.caseId = id;
    r.target = CaseResult::kAuto;
    r.provider = QStringLiteral("pocketsphinx_stt");
    r.outcome = outcome;
    r.tolerance = tolerance;
    r.expected = QStringLiteral("turn on the lights");
    r.latencyMs = 1234;
    if (wer) {
        r.wer = WordErrorRate{};
        r.wer->rate = *wer;
        r.wer->substitutions = int(*wer * 4);
        r.wer->referenceWords = 4;
        r.text = QStringLiteral("turn on the light, \"now\"");
    } else if (outcome == CaseOutcome::Failed) {
        r.error = ProviderError::make(ErrorKind::Network, QStringLiteral("connection refused"));
        r.errorStage = QStringLiteral("transcribe");
    }
    return r;
}

SuiteRun sampleRun()
{
    SuiteRun run;
    run.suiteName = QStringLiteral("smoke");
    run.suitePath = QStringLiteral("/s/suite.json");
    run.startedAt = QDateTime(QDate(2026, 12, 5), QTime(3, 0), Qt::UTC);
    run.results = {result("a", CaseOutcome::Passed, 0.0), result("b", CaseOutcome::OverTolerance, 0.5),
                   result("c", CaseOutcome::Failed, std::nullopt),
                   result("d", CaseOutcome::Cancelled, std::nullopt)};
    run.problems = {SuiteProblem{5, QStringLiteral("e"), QStringLiteral("audio"), QStringLiteral("missing")}};
    return run;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

// The Suites page's models and exports, without a page: what a row says, how a WER is tinted,
// what a diff lists, and that the exported files parse.
class TestSuiteModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void werIsTintedAgainstTheTolerance_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("colour"); // "green", "red", "none"
        QTest::addColumn<QString>("outcomeText");
        QTest::newRow("within tolerance") << int(CaseOutcome::Passed) << "green"
                                          << "passed";
        QTest::newRow("over tolerance") << int(CaseOutcome::OverTolerance) << "red"
                                        << "over tolerance";
        QTest::newRow("no transcript") << int(CaseOutcome::Failed) << "red"
                                       << "failed";
        QTest::newRow("cancelled") << int(CaseOutcome::Cancelled) << "none"
                                   << "cancelled";
    }
    void werIsTintedAgainstTheTolerance()
    {
        QFETCH(int, outcome);
        QFETCH(QString, colour);
        QFETCH(QString, outcomeText);
        SuiteResultsModel model;
        model.append(
            result("a", CaseOutcome(outcome),
                   outcome <= int(CaseOutcome::OverTolerance) ? std::optional<double>(0.25) : std::nullopt));
        const QVariant tint = model.data(model.index(0, SuiteResultsModel::WerColumn), Qt::BackgroundRole);
        if (colour == QLatin1String("none")) {
            QVERIFY(!tint.isValid());
        } else {
            const QColor c = tint.value<QColor>();
            QCOMPARE(colour == QLatin1String("green") ? c.green() > c.red() : c.red() > c.green(), true);
        }
        QCOMPARE(cell(model, 0, SuiteResultsModel::OutcomeColumn), outcomeText);
    }

    void aRowSaysWhatHappened()
    {
        SuiteResultsModel model;
        const SuiteRun run = sampleRun();
        model.setResults(run.results);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 0, SuiteResultsModel::CaseColumn), QStringLiteral("1 a (STT)"));
        QCOMPARE(cell(model, 0, SuiteResultsModel::ProviderColumn),
                 QStringLiteral("auto → pocketsphinx_stt"));
        QCOMPARE(cell(model, 1, SuiteResultsModel::WerColumn), QStringLiteral("50.0 %"));
        QCOMPARE(cell(model, 1, SuiteResultsModel::ToleranceColumn), QStringLiteral("20.0 %"));
        QCOMPARE(cell(model, 1, SuiteResultsModel::LatencyColumn), QStringLiteral("1234 ms"));
        QCOMPARE(cell(model, 2, SuiteResultsModel::WerColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 2, SuiteResultsModel::TextColumn),
                 QStringLiteral("transcribe failed: connection refused"));
        QCOMPARE(cell(model, 3, SuiteResultsModel::LatencyColumn), QStringLiteral("—"));
        QCOMPARE(model.headerData(SuiteResultsModel::WerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("WER"));
        // Sorting by WER: a result without a transcript counts as the worst.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SuiteResultsModel::SortRole);
        sorted.sort(SuiteResultsModel::WerColumn, Qt::DescendingOrder);
        QCOMPARE(cell(sorted, 2, SuiteResultsModel::WerColumn), QStringLiteral("50.0 %"));
        sorted.sort(SuiteResultsModel::WerColumn, Qt::AscendingOrder);
        QCOMPARE(cell(sorted, 0, SuiteResultsModel::WerColumn), QStringLiteral("0.0 %"));
        QCOMPARE(cell(sorted, 1, SuiteResultsModel::WerColumn), QStringLiteral("50.0 %"));
    }

    void theSummaryHasOneRowPerProvider()
    {
        const SuiteRun run = sampleRun();
        SuiteSummaryModel model;
        model.setSummaries(run.summaries());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, SuiteSummaryModel::ProviderColumn), QStringLiteral("auto (stt)"));
        QCOMPARE(cell(model, 0, SuiteSummaryModel::CasesColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, 0, SuiteSummaryModel::PassedColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, SuiteSummaryModel::FailedColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, SuiteSummaryModel::WerColumn),
                 QStringLiteral("25.0 %")); // 2 errors / 8 words
        SuiteSummaryChart chart;
        chart.setSummaries(run.summaries());
        QCOMPARE(chart.werPercent(), QList<qreal>{25.0});
        QCOMPARE(chart.p95Ms(), QList<qreal>{1234.0});
    }

    void theDiffListsRegressionsAndFixes()
    {
        SuiteRun before = sampleRun();
        SuiteRun after = sampleRun();
        after.results[0] = result("a", CaseOutcome::Failed, std::nullopt); // a new failure
        after.results[1] = result("b", CaseOutcome::Passed, 0.0);          // fixed
        after.results[2] = result("c", CaseOutcome::Passed, 0.0);          // fixed
        const SuiteDiff diff =
            SuiteDiff::compare(StoredSuiteRun::fromRun(before), StoredSuiteRun::fromRun(after), 0.0, 500.0);
        SuiteDiffModel model;
        model.setDiff(diff);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, SuiteDiffModel::ChangeColumn), QStringLiteral("new failure"));
        QCOMPARE(cell(model, 0, SuiteDiffModel::CaseColumn), QStringLiteral("stt/a@auto"));
        QCOMPARE(cell(model, 0, SuiteDiffModel::BeforeColumn), QStringLiteral("passed, WER 0.0 %, 1234 ms"));
        QVERIFY(model.data(model.index(0, 0), Qt::BackgroundRole).value<QColor>().red() > 150);
        QCOMPARE(cell(model, 1, SuiteDiffModel::ChangeColumn), QStringLiteral("fixed"));
        QVERIFY(model.data(model.index(1, 0), Qt::BackgroundRole).value<QColor>().green() > 150);
    }

    void storedRunsShowTheirNotes()
    {
        StoredSuiteRun run = StoredSuiteRun::fromRun(sampleRun());
        run.id = 7;
        run.cancelled = true;
        SuiteRunsModel model;
        model.setRuns({run});
        QCOMPARE(cell(model, 0, SuiteRunsModel::IdColumn), QStringLiteral("7"));
        QCOMPARE(cell(model, 0, SuiteRunsModel::PassedColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, SuiteRunsModel::FailedColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, SuiteRunsModel::NoteColumn),
                 QStringLiteral("interrupted, 1 suite file problem(s)"));
    }

    // Suite cases go onto the Activity page: the tested request, when one was made.
    void aCaseBecomesAnActivityEntry()
    {
        const QDateTime end(QDate(2026, 12, 5), QTime(3, 0, 2), Qt::UTC);
        CaseResult notStarted = result("a", CaseOutcome::Cancelled, std::nullopt);
        QVERIFY(!suiteActivityEntry(notStarted, end)); // no request was made

        CaseResult failed = result("b", CaseOutcome::Failed, std::nullopt);
        failed.kind = SuiteCaseKind::Tts;
        failed.provider.clear();
        RouteStep step;
        step.provider = QStringLiteral("openai_tts");
        step.decision = RouteDecision::Failed;
        step.error = failed.error;
        step.attempt = 1;
        failed.trace.append(step);
        const std::optional<ActivityEntry> entry = suiteActivityEntry(failed, end);
        QVERIFY(entry);
        QCOMPARE(entry->operation, ActivityEntry::Operation::Synthesize);
        QCOMPARE(entry->provider, QStringLiteral("openai_tts")); // the last one tried
        QVERIFY(!entry->ok);
        QCOMPARE(entry->error->message, QStringLiteral("connection refused"));
        QCOMPARE(entry->time, end.addMSecs(-1234)); // when the request started

        CaseResult over = result("c", CaseOutcome::OverTolerance, 0.5);
        step.provider = QStringLiteral("pocketsphinx_stt");
        step.decision = RouteDecision::Ok;
        over.trace.append(step);
        QVERIFY(suiteActivityEntry(over, end)->ok); // the request succeeded; the transcript fell short
    }

    void theCaseDialogNeedsTheExpectedText()
    {
        SuiteCaseDialog dialog(QStringLiteral("hello.wav"), QString());
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.expectedEdit()->setText(QStringLiteral("  hello   there "));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.newCase().expected, QStringLiteral("hello there"));
        QVERIFY(!dialog.newCase().tolerance); // the suite's default
        dialog.findChild<QCheckBox*>()->setChecked(true);
        dialog.findChild<QDoubleSpinBox*>()->setValue(0.3);
        QCOMPARE(dialog.newCase().tolerance.value_or(-1), 0.3);
        dialog.tagsEdit()->setText(QStringLiteral("smoke, home  en"));
        QCOMPARE(dialog.newCase().tags, (QStringList{"smoke", "home", "en"}));
    }

    void exportsParse()
    {
        QTemporaryDir dir;
        const SuiteRun run = sampleRun();
        QVERIFY(exportSuiteRun(run, dir.filePath("r.xml")));
        QVERIFY(exportSuiteRun(run, dir.filePath("r.csv")));
        QVERIFY(exportSuiteRun(run, dir.filePath("r.json")));

        QFile xml(dir.filePath("r.xml"));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        int testcases = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("testcase"))
                ++testcases;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(testcases, 5); // 4 results + the suite file's problem

        QFile csv(dir.filePath("r.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(
            lines.first(),
            QByteArray("case,id,type,target,provider,outcome,wer,tolerance,latency_ms,attempts,text,expected,"
                       "error\r"));
        QCOMPARE(lines.size(), 6); // header, 4 rows, and the empty rest after the last CRLF
        QVERIFY(lines.at(1).contains(",\"turn on the light, \"\"now\"\"\","));

        QFile json(dir.filePath("r.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object, run.toJson()); // the `suite run --json` document
        QCOMPARE(object["results"].toArray().size(), 4);

        QVERIFY(!exportSuiteRun(run, dir.filePath("missing/folder/r.csv")));
    }
};

QTEST_MAIN(TestSuiteModels)
#include "tst_suitemodels.moc"
