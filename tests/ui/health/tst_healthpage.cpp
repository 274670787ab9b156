#include "core/registry/providerregistry.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestore.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"
#include "tests/support/finishedjob.h"
#include "tests/support/mockserver/mockproviderserver.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/proberecorder.h"
#include "ui/charts/responsetimechart.h"
#include "ui/charts/statuschart.h"
#include "ui/health/healthpage.h"
#include "ui/health/providercard.h"

#include <QComboBox>
#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

// The Health page over the whole core (config, registry, plugins, breakers, router) with the
// cloud providers pointed at the loopback mock server.
class TestHealthPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_server;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ActivityLog> m_activity;

    void writeConfig()
    {
        const QString openai = m_server.baseUrl(Vendor::OpenAi).toString();
        const QString google = m_server.baseUrl(Vendor::Google).toString();
        const QJsonObject config{
            {"version", 1},
            {"providers",
             QJsonObject{
                 {"openai_stt", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                 {"openai_tts", QJsonObject{{"settings", QJsonObject{{"base_url", openai}}}}},
                 {"google_stt", QJsonObject{{"settings", QJsonObject{{"base_url", google}}}}},
                 {"google_tts", QJsonObject{{"settings", QJsonObject{{"base_url", google}}}}},
             }},
            {"routing",
             QJsonObject{{"attempt_timeout_ms", 5000}, {"request_deadline_ms", 20000}, {"max_retries", 0}}},
            {"breaker", QJsonObject{{"consecutive_failures", 2}, {"open_seconds", 600}}},
            // Automatic probes would race the test's own: far in the future.
            {"health", QJsonObject{{"probe_interval_seconds", 3600}, {"history_hours", 24}}},
        };
        QFile file(m_dir.filePath("config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
    }

    void startRuntime()
    {
        QSignalSpy ready(&m_runtime->readiness(), &Readiness::ready);
        m_runtime->start();
        QVERIFY(ready.count() == 1 || ready.wait(30000));
    }

    std::unique_ptr<RoutedTranscribeJob> transcribe(const QString& provider)
    {
        AudioClip clip;
        clip.sampleRate = 16000;
        clip.channels = 1;
        clip.samples.fill(0.1f, 8000);
        return test::runToCompletion(
            m_runtime->router().transcribe(TranscriptionRequest{clip, "en-US", "tone.wav"}, provider), 20000);
    }

    const ActivityEntry* probeEntry(const QString& provider) const
    {
        for (const ActivityEntry& e : m_activity->entries()) {
            if (e.operation == ActivityEntry::Operation::Probe && e.provider == provider)
                return &e;
        }
        return nullptr;
    }

    // A Runtime over this test's config and state directory (a second one sees the first's state).
    void createRuntime()
    {
        RuntimeOptions options;
        options.configPath = m_dir.filePath("config.json");
        options.stateDirectory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        options.keychainService = QStringLiteral("voicedeck-health-test");
        const QString plugins = qEnvironmentVariable("VOICEDECK_PLUGIN_PATH");
        options.pluginPaths = plugins.isEmpty() ? QStringList{} : QStringList{plugins};
        auto runtime = Runtime::create(options);
        QVERIFY2(runtime.hasValue(), "the config written by the test must load");
        m_runtime = std::move(runtime).value();
        m_runtime->router().setOnlineCheck([] { return true; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        if (!m_server.isListening())
            QVERIFY(m_server.listen());
        m_server.reset();
        qputenv("OPENAI_API_KEY", "test-key");
        qputenv("GOOGLE_API_KEY", "test-key");
        qunsetenv("YANDEX_API_KEY");
        qunsetenv("YANDEX_IAM_TOKEN");
        writeConfig();
        createRuntime();
        m_activity = std::make_unique<ActivityLog>();
    }

    void cleanup()
    {
        m_runtime.reset();
        m_activity.reset();
    }

    void fillsTheCardsOnceTheRuntimeIsReady()
    {
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        QVERIFY(!page.isPopulated());
        auto* probeButton = page.findChild<QPushButton*>(QStringLiteral("probeAllButton"));
        QVERIFY(probeButton);
        QVERIFY(!probeButton->isEnabled()); // nothing to probe before the providers are known
        QSignalSpy populated(&page, &HealthPage::populated);
        startRuntime();
        QTRY_COMPARE(populated.count(), 1);
        QVERIFY(probeButton->isEnabled());
        for (const char* name : {"openai_stt", "google_stt", "yandex_stt", "pocketsphinx_stt", "openai_tts",
                                 "google_tts", "yandex_tts", "flite_tts", "espeak_tts"})
            QVERIFY2(page.card(QString::fromLatin1(name)), name);
        QCOMPARE(page.providers().size(), m_runtime->registry().names().size());
        QVERIFY2(m_runtime->registry().failures().isEmpty(), "the offline plugins load from bin/plugins");
        QCOMPARE(page.providers().constFirst(), QStringLiteral("openai_stt")); // STT first, by priority
        QVERIFY(m_runtime->health().isProbingScheduled()); // config "health" probing started
        QVERIFY(!page.card(QStringLiteral("openai_stt"))->accessibleName().isEmpty());
    }

    void trippedBreakerShowsOnTheCardAndInTheCharts()
    {
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isPopulated());
        ProviderCard* card = page.card(QStringLiteral("openai_stt"));
        QVERIFY(card);
        QCOMPARE(card->breakerState(), BreakerState::Closed);

        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(503));
        QVERIFY(transcribe(QStringLiteral("openai_stt"))->hasError());
        QVERIFY(transcribe(QStringLiteral("openai_stt"))->hasError());

        QTRY_COMPARE(card->breakerState(), BreakerState::Open);
        QCOMPARE(card->status(), HealthStatus::Unhealthy);
        QCOMPARE(card->statusColour(), StatusChart::statusColour(HealthStatus::Unhealthy));
        QCOMPARE(card->statusText(), QStringLiteral("Unhealthy"));
        const QRegularExpression countdown(
            QStringLiteral("^Breaker: Open — retry in (9 min \\d+|10 min 0) s$"));
        QVERIFY2(countdown.match(card->breakerText()).hasMatch(), qPrintable(card->breakerText()));
        QVERIFY(card->isCountingDown());
        QCOMPARE(card->callsText(), QStringLiteral("Calls: 2 · failed: 2 · error rate: 100.0 %"));
        QVERIFY2(card->lastErrorText().contains(QStringLiteral("503")), qPrintable(card->lastErrorText()));

        // Both failures reach the response-time line; the status row turns red at the second.
        QTRY_COMPARE(page.responseTimeChart()->seriesFor(QStringLiteral("openai_stt"))->count(), 2);
        const auto lastShown = [&page] {
            const QList<StatusSegment> row = page.statusChart()->segmentsFor(QStringLiteral("openai_stt"));
            return row.isEmpty() ? HealthStatus::Unknown : row.constLast().status;
        };
        QTRY_COMPARE(lastShown(), HealthStatus::Unhealthy);
        QCOMPARE(page.chartHistory().samples(QStringLiteral("openai_stt")).constLast().status,
                 HealthStatus::Unhealthy);

        // A third call is refused by the open breaker without reaching the server.
        const int before = m_server.requestCount(Endpoint::OpenAiTranscriptions);
        QCOMPARE(transcribe(QStringLiteral("openai_stt"))->error().kind, ErrorKind::CircuitOpen);
        QCOMPARE(m_server.requestCount(Endpoint::OpenAiTranscriptions), before);
    }

    void probeAllRecordsEveryProbeInTheActivityLog()
    {
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        ProbeRecorder probes(m_runtime->health(), *m_activity); // as the application wires it
        m_server.setFault(Endpoint::OpenAiModels, Fault::httpError(500));
        auto* probeButton = page.findChild<QPushButton*>(QStringLiteral("probeAllButton"));
        QVERIFY(probeButton && probeButton->isEnabled());
        probeButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            probeEntry(QStringLiteral("openai_stt")) && probeEntry(QStringLiteral("google_stt")), 20000);
        const ActivityEntry* failed = probeEntry(QStringLiteral("openai_stt"));
        QVERIFY(!failed->ok);
        QVERIFY(failed->error);
        QCOMPARE(failed->error->kind, ErrorKind::Server);
        QVERIFY(failed->latencyMs >= 0.0);
        const ActivityEntry* ok = probeEntry(QStringLiteral("google_stt"));
        QVERIFY2(ok->ok, ok->error ? qPrintable(ok->error->summary()) : "");
        QVERIFY(!ok->error);
        // The probes are samples of the charts too.
        QTRY_VERIFY(!page.chartHistory().samples(QStringLiteral("google_stt")).isEmpty());
        QTRY_COMPARE(page.card(QStringLiteral("google_stt"))->status(), HealthStatus::Healthy);
    }

    void exportsTheChartedSeriesAsCsv()
    {
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        QVERIFY(transcribe(QStringLiteral("google_stt"))->hasError() == false);
        QTRY_COMPARE(page.chartHistory().samples(QStringLiteral("google_stt")).size(), 1);
        QSignalSpy exported(&page, &HealthPage::csvExported);
        const QString path = m_dir.filePath(QStringLiteral("health.csv"));
        page.exportCsv(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(0).at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).trimmed(), QByteArray("provider,time,latency_ms,status,ok"));
        QVERIFY2(lines.at(1).startsWith("google_stt,"), lines.at(1).constData());
        QVERIFY2(lines.at(1).trimmed().endsWith(",HEALTHY,true"), lines.at(1).constData());
    }

    void exportToAnUnwritablePlaceReportsWhy()
    {
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        QSignalSpy exported(&page, &HealthPage::csvExported);
        page.exportCsv(m_dir.filePath(QStringLiteral("missing/folder/health.csv")));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(0).at(1).toBool(), false);
        QVERIFY(!exported.at(0).at(2).toString().isEmpty());
    }

    void rangeChoiceAppliesToBothCharts()
    {
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        QCOMPARE(page.range(), ChartRange::OneHour);
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(0);
        QCOMPARE(page.range(), ChartRange::FiveMinutes);
        QCOMPARE(page.responseTimeChart()->range(), ChartRange::FiveMinutes);
        QCOMPARE(page.statusChart()->range(), ChartRange::FiveMinutes);
        page.setRange(ChartRange::OneDay);
        QCOMPARE(combo->currentIndex(), 2);
        QCOMPARE(page.statusChart()->range(), ChartRange::OneDay);
    }

    // Issue #12: the charts keep their history across a restart. It lives in the resilience
    // state (shared with the CLI), the one place health is kept; a new Runtime reads it back.
    void chartsShowThePreviousSessionAfterARestart()
    {
        startRuntime();
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(503));
        QVERIFY(transcribe(QStringLiteral("openai_stt"))->hasError());
        QVERIFY(transcribe(QStringLiteral("openai_stt"))->hasError());
        QFuture<bool> saved = m_runtime->resilienceStore().flush();
        QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000); // finished on this thread's event loop
        QVERIFY(saved.result());
        m_runtime.reset();

        createRuntime();
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        QVERIFY(page.isPopulated());
        const QList<ChartSample> samples = page.chartHistory().samples(QStringLiteral("openai_stt"));
        QCOMPARE(samples.size(), 2);
        QVERIFY(!samples.constFirst().ok);
        QCOMPARE(samples.constLast().status, HealthStatus::Unhealthy);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto charted = [&page] {
            const QLineSeries* series = page.responseTimeChart()->seriesFor(QStringLiteral("openai_stt"));
            return series ? series->count() : 0;
        };
        QTRY_COMPARE(charted(), 2);
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
