#include "tests/reliability/faultmatrix.h"

#include <QTest>

using namespace vd;
using namespace vd::test;

// The fault matrix through the priority chain (`--provider auto`): the faulted provider goes
// first, and the request still succeeds on the next provider of its category, with the trace
// naming the faulted attempt and its error kind. Retries are off here (tst_faultmatrix covers
// them), so each case costs one failed attempt.
class TestFaultFallback : public QObject
{
    Q_OBJECT

private:
    FaultMatrixRig m_rig;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_rig.listen(), "mock and TLS servers must listen on loopback"); }
    void cleanup() { m_rig.release(); }

    void chainFallsBackPastFault_data() { FaultMatrixRig::addRows(); }
    void chainFallsBackPastFault()
    {
        QFETCH(QString, provider);
        QFETCH(int, row);
        const FaultExpectation& expected = faultMatrix().at(row);
        const bool stt = isSttProvider(provider);
        if (expected.fault == MatrixFault::EmptyResult && stt)
            QSKIP("an empty transcript is a success: there is nothing to fall back from");
        m_rig.prepare(expected, 0, 5);
        m_rig.runtime().setPriority(provider, 0);
        for (const QString& other : cloudProviderNames()) {
            if (other != provider)
                m_rig.runtime().setPriority(other, 50);
        }
        m_rig.applyFault(expected.fault, provider);
        QVERIFY(m_rig.runtime().build());
        int finishedCount = 0;
        std::unique_ptr<ProviderJob> job(m_rig.route(stt, {}, &finishedCount));
        QCOMPARE(finishedCount, 1);
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        const RoutingTrace& trace = FaultMatrixRig::traceOf(job.get());
        QVERIFY(trace.winner().has_value());
        QVERIFY(trace.winner()->provider != provider);
        const RouteStep first = trace.attempts().constFirst();
        QCOMPARE(first.provider, provider);
        QCOMPARE(first.decision, RouteDecision::Failed);
        QVERIFY(first.error.has_value());
        QCOMPARE(first.error->kind, expected.kind);
        QCOMPARE(m_rig.server().violations(), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestFaultFallback)
#include "tst_faultfallback.moc"
