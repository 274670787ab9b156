#include "core/history/suitediff.h"

#include <QTest>

using namespace vd;

Q_DECLARE_METATYPE(vd::StoredCase)

namespace {

StoredCase stt(const QString& id, const QString& outcome, std::optional<double> wer, double latencyMs,
               const QString& errorKind = {})
{
    StoredCase c;
    c.caseId = id;
    c.kind = QStringLiteral("stt");
    c.target = QStringLiteral("auto");
    c.outcome = outcome;
    c.wer = wer;
    c.latencyMs = latencyMs;
    c.errorKind = errorKind;
    return c;
}

StoredSuiteRun runOf(const QList<StoredCase>& cases)
{
    StoredSuiteRun run;
    run.cases = cases;
    return run;
}

const QString kPassed = QStringLiteral("passed");
const QString kFailed = QStringLiteral("failed");
const QString kOver = QStringLiteral("over_tolerance");

} // namespace

// `suite diff`: which changes between two runs count as regressions, under which thresholds.
class TestSuiteDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreClassified_data()
    {
        QTest::addColumn<QList<StoredCase>>("before");
        QTest::addColumn<QList<StoredCase>>("after");
        QTest::addColumn<double>("werThreshold");
        QTest::addColumn<double>("latencyThresholdMs");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<bool>("regressed");

        const StoredCase good = stt(QStringLiteral("a"), kPassed, 0.0, 300);
        QTest::newRow("same") << QList{good} << QList{good} << 0.0 << 500.0 << QStringList{} << false;
        QTest::newRow("new failure") << QList{good}
                                     << QList{stt(QStringLiteral("a"), kFailed, std::nullopt, 10,
                                                  QStringLiteral("server"))}
                                     << 0.0 << 500.0 << QStringList{QStringLiteral("new_failure")} << true;
        QTest::newRow("over tolerance now, WER up")
            << QList{good} << QList{stt(QStringLiteral("a"), kOver, 0.5, 300)} << 0.0 << 500.0
            << QStringList{QStringLiteral("new_failure"), QStringLiteral("wer_regressed")} << true;
        QTest::newRow("WER up within the threshold")
            << QList{good} << QList{stt(QStringLiteral("a"), kPassed, 0.05, 300)} << 0.1 << 500.0
            << QStringList{} << false;
        QTest::newRow("WER up beyond the threshold, still passing")
            << QList{good} << QList{stt(QStringLiteral("a"), kPassed, 0.2, 300)} << 0.1 << 500.0
            << QStringList{QStringLiteral("wer_regressed")} << true;
        QTest::newRow("slower beyond the threshold")
            << QList{good} << QList{stt(QStringLiteral("a"), kPassed, 0.0, 900)} << 0.0 << 500.0
            << QStringList{QStringLiteral("latency_regressed")} << true;
        QTest::newRow("slower within the threshold")
            << QList{good} << QList{stt(QStringLiteral("a"), kPassed, 0.0, 700)} << 0.0 << 500.0
            << QStringList{} << false;
        QTest::newRow("faster failure is no latency change")
            << QList{stt(QStringLiteral("a"), kFailed, std::nullopt, 10, QStringLiteral("network"))}
            << QList{stt(QStringLiteral("a"), kFailed, std::nullopt, 9000, QStringLiteral("timeout"))} << 0.0
            << 500.0 << QStringList{} << false;
        QTest::newRow("fixed") << QList{stt(QStringLiteral("a"), kFailed, std::nullopt, 10,
                                            QStringLiteral("server"))}
                               << QList{good} << 0.0 << 500.0 << QStringList{QStringLiteral("fixed")}
                               << false;
        QTest::newRow("new case that fails")
            << QList{good}
            << QList{good, stt(QStringLiteral("b"), kFailed, std::nullopt, 10, QStringLiteral("auth"))} << 0.0
            << 500.0 << QStringList{QStringLiteral("new_failure")} << true;
        QTest::newRow("new case that passes")
            << QList{good} << QList{good, stt(QStringLiteral("b"), kPassed, 0.0, 1)} << 0.0 << 500.0
            << QStringList{} << false;
        QTest::newRow("removed case") << QList{good, stt(QStringLiteral("b"), kPassed, 0.0, 1)} << QList{good}
                                      << 0.0 << 500.0 << QStringList{QStringLiteral("removed")} << false;
    }
    void changesAreClassified()
    {
        QFETCH(QList<StoredCase>, before);
        QFETCH(QList<StoredCase>, after);
        QFETCH(double, werThreshold);
        QFETCH(double, latencyThresholdMs);
        QFETCH(QStringList, changes);
        QFETCH(bool, regressed);
        const SuiteDiff diff =
            SuiteDiff::compare(runOf(before), runOf(after), werThreshold, latencyThresholdMs);
        QStringList kinds;
        for (const CaseChange& change : diff.changes) {
            kinds << CaseChange::kindName(change.kind);
            QVERIFY(!change.describe().isEmpty());
        }
        QCOMPARE(kinds, changes);
        QCOMPARE(diff.regressed(), regressed);
        QCOMPARE(diff.toJson().value(QStringLiteral("regressed")).toBool(), regressed);
    }

    void casesMatchByTypeIdAndTarget()
    {
        StoredCase onAuto = stt(QStringLiteral("a"), kPassed, 0.0, 300);
        StoredCase onNamed = onAuto;
        onNamed.target = QStringLiteral("a_stt");
        onNamed.outcome = kFailed;
        // The same id on another target is another case: one removed, one new failure.
        const SuiteDiff diff = SuiteDiff::compare(runOf({onAuto}), runOf({onNamed}), 0.0, 500.0);
        QCOMPARE(diff.count(CaseChange::Kind::NewFailure), 1);
        QCOMPARE(diff.count(CaseChange::Kind::Removed), 1);
        QCOMPARE(diff.changes.first().key, QStringLiteral("stt/a@a_stt"));
    }
};

QTEST_GUILESS_MAIN(TestSuiteDiff)
#include "tst_suitediff.moc"
