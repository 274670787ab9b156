#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"
#include "tests/support/mockserver/mockproviderserver.h"
#include "tests/ui/providers/pagefixture.h"
#include "ui/providers/priorityordermodel.h"

#include <QLabel>
#include <QPushButton>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// "Test" and the breaker controls of the Providers page against the loopback mock server: the
// probe's result, the badge and the Activity log follow the server's answers; the breaker
// buttons change the state shown, and it is written to the shared state file.
class TestProviderHealthControls : public QObject
{
    Q_OBJECT

private:
    MockProviderServer m_server;
    std::unique_ptr<test::PageFixture> m_f;

    QLabel* label(const char* name) { return m_f->find<QLabel>(QString::fromLatin1(name)); }

    bool runTest(const QString& provider)
    {
        QSignalSpy finished(m_f->page.get(), &ProvidersPage::testFinished);
        m_f->find<QPushButton>("providerTest")->click();
        if (!finished.wait(20000))
            return false;
        return finished.at(0).at(0).toString() == provider && finished.at(0).at(1).toBool();
    }

    QVariant listBadge(const QString& provider, int role)
    {
        PriorityOrderModel* model = m_f->page->orderModel(ProviderCategory::Stt);
        return model->index(model->rowOf(provider)).data(role);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_server.reset();
        qputenv("OPENAI_API_KEY", "test-key");
        qunsetenv("YANDEX_API_KEY");
        qunsetenv("YANDEX_IAM_TOKEN");
        m_f = std::make_unique<test::PageFixture>();
        QVERIFY(m_f->dir.isValid());
        const QString base = m_server.baseUrl(Vendor::OpenAi).toString();
        m_f->writeConfig(QJsonObject{
            {"version", 1},
            {"providers",
             QJsonObject{{"openai_stt", QJsonObject{{"settings", QJsonObject{{"base_url", base}}}}}}},
            {"health", QJsonObject{{"probe_interval_seconds", 3600}}}});
        m_f->createRuntime();
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("openai_stt"));
    }

    void cleanup()
    {
        m_f.reset();
        qunsetenv("OPENAI_API_KEY");
    }

    void testShowsHealthyThenUnhealthyWhenTheServerRefusesTheKey()
    {
        QCOMPARE(listBadge("openai_stt", PriorityOrderModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Unknown));
        QVERIFY(runTest("openai_stt"));
        QVERIFY(label("testResult")->text().contains("passed"));
        QVERIFY(label("providerBadge")->text().contains("Healthy"));
        QCOMPARE(listBadge("openai_stt", PriorityOrderModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Healthy));
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiModels), 1);
        QCOMPARE(m_f->activity.entries().size(), 1);
        const ActivityEntry passed = m_f->activity.entries().at(0);
        QCOMPARE(passed.operation, ActivityEntry::Operation::Probe);
        QCOMPARE(passed.provider, QStringLiteral("openai_stt"));
        QVERIFY(passed.ok);
        QVERIFY(passed.latencyMs > 0.0);

        m_server.setFault(Endpoint::OpenAiModels, Fault::httpError(401, "invalid_api_key"));
        QVERIFY(!runTest("openai_stt"));
        QVERIFY2(label("testResult")->text().contains("failed"), qPrintable(label("testResult")->text()));
        QVERIFY(label("testResult")->text().contains("401"));
        QVERIFY(label("providerBadge")->text().contains("Needs attention"));
        QCOMPARE(listBadge("openai_stt", PriorityOrderModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Unhealthy));
        QCOMPARE(listBadge("openai_stt", PriorityOrderModel::BadgeShortRole).toString(),
                 QStringLiteral("Needs attention"));
        QCOMPARE(m_f->activity.entries().size(), 2);
        const ActivityEntry failed = m_f->activity.entries().at(1);
        QVERIFY(!failed.ok);
        QVERIFY(failed.error);
        QCOMPARE(failed.error->kind, ErrorKind::Auth);

        // The server takes the key again; a new test clears the mark (the recent failure still
        // shows as DEGRADED until enough calls succeed).
        m_server.clearFaults();
        QVERIFY(runTest("openai_stt"));
        QVERIFY(!label("providerBadge")->text().contains("Needs attention"));
        QVERIFY(label("providerBadge")->text().contains("Degraded"));
    }

    void testOfAProviderWithoutAKeySaysWhatIsMissing()
    {
        QVERIFY(m_f->page->selectProvider("yandex_stt"));
        QVERIFY(label("providerBadge")->text().contains("Not configured"));
        QVERIFY(!label("providerProblem")->isHidden());
        QVERIFY(!runTest("yandex_stt"));
        QVERIFY(label("testResult")->text().contains("YANDEX_API_KEY"));
        QCOMPARE(m_f->activity.entries().size(), 1);
        QCOMPARE(m_f->activity.entries().at(0).error->kind, ErrorKind::NotConfigured);
        QCOMPARE(m_server.requestCount(), 0);
    }

    void breakerButtonsChangeTheStateShownAndPersistIt()
    {
        ResilienceState& state = m_f->runtime->resilience();
        const QString stateFile = m_f->runtime->resilienceStore().filePath();
        QVERIFY(!m_f->find<QPushButton>("breakerReset")->isEnabled()); // already closed

        m_f->find<QPushButton>("breakerForceOpen")->click();
        QCOMPARE(state.breaker("openai_stt")->state(), BreakerState::ForcedOpen);
        QVERIFY(label("breakerState")->text().contains("forced open"));
        QVERIFY(label("providerBadge")->text().contains("Unhealthy"));
        QVERIFY(!m_f->find<QPushButton>("breakerForceOpen")->isEnabled());
        QCOMPARE(listBadge("openai_stt", PriorityOrderModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Unhealthy));
        QTRY_VERIFY_WITH_TIMEOUT(test::PageFixture::fileContains(stateFile, "FORCED_OPEN"), 20000);

        m_f->find<QPushButton>("breakerDisable")->click();
        QCOMPARE(state.breaker("openai_stt")->state(), BreakerState::Disabled);
        QVERIFY(label("breakerState")->text().contains("disabled"));
        QTRY_VERIFY_WITH_TIMEOUT(test::PageFixture::fileContains(stateFile, "DISABLED"), 20000);

        m_f->find<QPushButton>("breakerReset")->click();
        QCOMPARE(state.breaker("openai_stt")->state(), BreakerState::Closed);
        QVERIFY(label("breakerState")->text().contains("closed"));
        QVERIFY(!label("providerBadge")->text().contains("Unhealthy"));
        QTRY_VERIFY_WITH_TIMEOUT(!test::PageFixture::fileContains(stateFile, "DISABLED"), 20000);
    }

    void resetClearsNeedsAttention()
    {
        m_server.setFault(Endpoint::OpenAiModels, Fault::httpError(401, "invalid_api_key"));
        QVERIFY(!runTest("openai_stt"));
        QVERIFY(m_f->runtime->resilience().needsAttention("openai_stt"));
        QVERIFY(m_f->find<QPushButton>("breakerReset")->isEnabled());
        m_f->find<QPushButton>("breakerReset")->click();
        QVERIFY(!m_f->runtime->resilience().needsAttention("openai_stt"));
        QVERIFY(!label("providerBadge")->text().contains("Needs attention"));
    }
};

QTEST_MAIN(TestProviderHealthControls)
#include "tst_providerhealthcontrols.moc"
