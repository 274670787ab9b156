#include "tests/reliability/faultmatrix.h"

#include <QTest>

using namespace vd::test;

// Issue #7's fault matrix for the three STT providers (faultmatrix.cpp has the table and the
// checks): each provider against each fault, routed to the named provider as
// `voicedeck-cli --provider NAME` does (retries and breaker, no fallback). Every case must end
// once and within the deadline with the right error kind, the right number of attempts, the
// right breaker and attention state, and a message that names the problem and never the key.
// The breaker trips after 2 consecutive failures, so exactly the retried faults open it.
class TestFaultMatrixSTT : public QObject
{
    Q_OBJECT

private:
    FaultMatrixRig m_rig;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_rig.listen(), "mock and TLS servers must listen on loopback"); }
    void cleanup() { m_rig.release(); }
    void cleanupTestCase()
    {
        QCOMPARE(m_rig.tls().completedHandshakes(), 0); // nobody accepted the self-signed certificate
        qInfo("fault matrix: %d provider x fault cases", m_rig.casesRun());
    }

    void namedProviderUnderFault_data() { FaultMatrixRig::addRows(true); }
    void namedProviderUnderFault()
    {
        QFETCH(QString, provider);
        QFETCH(int, row);
        m_rig.checkNamedProvider(provider, row);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixSTT)
#include "tst_faultmatrix_stt.moc"
