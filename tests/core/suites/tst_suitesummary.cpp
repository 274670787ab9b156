#include "core/suites/percentile.h"
#include "core/suites/providersummary.h"
#include "core/suites/suiterun.h"

#include <QJsonArray>
#include <QTest>

using namespace vd;

namespace {

CaseResult result(const QString& target, CaseOutcome outcome,
                  std::optional<std::pair<int, int>> errorsOfWords, double latencyMs,
                  SuiteCaseKind kind = SuiteCaseKind::Stt)
{
    CaseResult r;
    r.target = target;
    r.kind = kind;
    r.outcome = outcome;
    r.latencyMs = latencyMs;
    if (errorsOfWords) {
        WordErrorRate wer;
        wer.substitutions = errorsOfWords->first;
        wer.referenceWords = errorsOfWords->second;
        wer.rate = double(wer.substitutions) / double(wer.referenceWords);
        r.wer = wer;
    }
    return r;
}

} // namespace

// Per-provider aggregates of a suite run: corpus-level WER, nearest-rank latency percentiles,
// outcome counts; and the run's pass/fail verdict.
class TestSuiteSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileIsNearestRank_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        QTest::newRow("single") << QList<double>{7} << 0.95 << 7.0;
        QTest::newRow("median of odd") << QList<double>{3, 1, 2} << 0.5 << 2.0;
        QTest::newRow("median of even takes the lower") << QList<double>{4, 1, 3, 2} << 0.5 << 2.0;
        QTest::newRow("p95 of 20 is the 19th") << [] {
            QList<double> v;
            for (int i = 20; i >= 1; --i)
                v << i;
            return v;
        }() << 0.95 << 19.0;
        QTest::newRow("p95 of 10 is the max") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.95 << 10.0;
        QTest::newRow("p100") << QList<double>{5, 9, 1} << 1.0 << 9.0;
    }
    void percentileIsNearestRank()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        QCOMPARE(nearestRankPercentile(values, q), std::optional<double>(expected));
    }

    void percentileOfNothingIsNothing() { QVERIFY(!nearestRankPercentile({}, 0.5)); }

    void werIsTotalEditsOverTotalReferenceWords()
    {
        // 1 error in 10 words and 1 error in 2 words: corpus WER 2/12, not the mean (0.1 + 0.5) / 2.
        const QList<ProviderSummary> summaries = ProviderSummary::summarize({
            result("a", CaseOutcome::Passed, std::pair{1, 10}, 100),
            result("a", CaseOutcome::OverTolerance, std::pair{1, 2}, 300),
        });
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().wordErrors, 2);
        QCOMPARE(summaries.first().referenceWords, 12);
        QCOMPARE(*summaries.first().corpusWer(), 2.0 / 12.0);
    }

    void failuresCountAsFailedNotAsWer()
    {
        const QList<ProviderSummary> summaries = ProviderSummary::summarize({
            result("a", CaseOutcome::Passed, std::pair{0, 4}, 100),
            result("a", CaseOutcome::Failed, std::nullopt, 5000),
            result("a", CaseOutcome::Cancelled, std::nullopt, 0),
        });
        const ProviderSummary& a = summaries.first();
        QCOMPARE(a.cases, 3);
        QCOMPARE(a.passed, 1);
        QCOMPARE(a.failed, 1);
        QCOMPARE(a.cancelled, 1);
        QCOMPARE(*a.corpusWer(), 0.0);
        QCOMPARE(a.latenciesMs, QList<double>{100}); // latency percentiles only of answered cases
        QCOMPARE(a.totalSeconds, 5.1);
    }

    void groupsByTypeAndTargetInOrderOfAppearance()
    {
        const QList<ProviderSummary> summaries = ProviderSummary::summarize({
            result("b", CaseOutcome::Passed, std::pair{0, 1}, 10),
            result(CaseResult::kAuto, CaseOutcome::Passed, std::pair{0, 1}, 10),
            result(CaseResult::kAuto, CaseOutcome::Passed, std::pair{0, 1}, 10, SuiteCaseKind::Tts),
            result("b", CaseOutcome::Passed, std::pair{0, 1}, 10),
        });
        QCOMPARE(summaries.size(), 3);
        QCOMPARE(summaries.at(0).label(), QStringLiteral("b"));
        QCOMPARE(summaries.at(0).cases, 2);
        QCOMPARE(summaries.at(1).label(), QStringLiteral("auto (stt)"));
        QCOMPARE(summaries.at(2).label(), QStringLiteral("auto (tts)"));
    }

    void noTranscriptMeansNullWerAndLatency()
    {
        const ProviderSummary a =
            ProviderSummary::summarize({result("a", CaseOutcome::Failed, std::nullopt, 50)}).first();
        QVERIFY(!a.corpusWer());
        const QJsonObject json = a.toJson();
        QVERIFY(json[u"wer"].isNull());
        QVERIFY(json[u"latency_ms"][u"p50"].isNull());
        QCOMPARE(json[u"failed"].toInt(), 1);
    }

    void runPassesOnlyWhenEveryCasePassedAndTheFileWasClean()
    {
        SuiteRun run;
        QVERIFY(!run.passed()); // nothing ran
        run.results = {result("a", CaseOutcome::Passed, std::pair{0, 3}, 10)};
        QVERIFY(run.passed());
        run.problems = {SuiteProblem{2, "x", "audio", "missing"}};
        QVERIFY(!run.passed());
        run.problems.clear();
        run.results.append(result("a", CaseOutcome::OverTolerance, std::pair{2, 3}, 10));
        QVERIFY(!run.passed());
        const QJsonObject json = run.toJson();
        QCOMPARE(json[u"ok"].toBool(), false);
        QCOMPARE(json[u"results"].toArray().size(), 2);
        QCOMPARE(json[u"results"][1][u"outcome"].toString(), QStringLiteral("over_tolerance"));
        QCOMPARE(json[u"providers"][0][u"wer"].toDouble(), 2.0 / 6.0);
    }
};

QTEST_GUILESS_MAIN(TestSuiteSummary)
#include "tst_suitesummary.moc"
