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

#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QFuture>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QMainWindow>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

namespace {

// The page's size inside the main window (page list on the left, menu and status bar) at the
// default window size (1120x720) and at 800x600, rounded down a little. The page is shown as the
// central widget of a QMainWindow, as in the application, whose layout does not stretch a window
// to its contents' height for width.
const QSize kDefaultPageSize(950, 670);
const QSize kSmallPageSize(630, 550);

// The labels under `root` that show less than their text: narrower than one line of it, or, when
// wrapped, lower than its lines need.
QStringList clippedLabels(const QWidget* root)
{
    QStringList clipped;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        const QSize need =
            label->wordWrap() ? QSize(label->minimumSizeHint().width(), label->heightForWidth(label->width()))
                              : label->sizeHint();
        if (label->width() < need.width() || label->height() < need.height())
            clipped << QStringLiteral("%1 (%2x%3, needs %4x%5)")
                           .arg(label->text())
                           .arg(label->width())
                           .arg(label->height())
                           .arg(need.width())
                           .arg(need.height());
    }
    return clipped;
}

// The chart's texts (axis labels and titles, legend entries) that Qt Charts cut to "...", or hid
// because even that did not fit.
QStringList elidedChartTexts(const QChartView* view)
{
    QStringList elided;
    const QList<QGraphicsItem*> items = view->scene()->items();
    for (const QGraphicsItem* item : items) {
        if (item->type() != QGraphicsTextItem::Type)
            continue;
        const QString text = static_cast<const QGraphicsTextItem*>(item)->toPlainText();
        if (text.endsWith(QStringLiteral("...")) || text.contains(QChar(0x2026)))
            elided << (item->isVisible() ? text : text + QStringLiteral(" (hidden)"));
    }
    return elided;
}

// The time axis labels Qt Charts shows (it hides those that would overlap).
QStringList visibleTimeLabels(const QChartView* view)
{
    static const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d(:\\d\\d)?$"));
    QStringList labels;
    const QList<QGraphicsItem*> items = view->scene()->items();
    for (const QGraphicsItem* item : items) {
        if (item->type() != QGraphicsTextItem::Type || !item->isVisible())
            continue;
        const QString text = static_cast<const QGraphicsTextItem*>(item)->toPlainText();
        if (time.match(text).hasMatch())
            labels << text;
    }
    return labels;
}

// Shows `chart`, on its tab when the charts are tabs.
void bringForward(QWidget* chart)
{
    for (QWidget* w = chart->parentWidget(); w; w = w->parentWidget()) {
        auto* tabs = qobject_cast<QTabWidget*>(w);
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->widget(i) == chart || tabs->widget(i)->isAncestorOf(chart))
                tabs->setCurrentIndex(i);
        }
    }
}

// Shows `page` as the application does, `size` large.
void showInWindow(QMainWindow& window, HealthPage* page, const QSize& size)
{
    window.setCentralWidget(page);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

} // namespace

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
        page.setSampleKind(SampleKind::Requests);

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

        // Both failures reach the response-time line; the status row turns red at the second. The
        // line exists only from the chart's first refresh, which a busy machine may not have run yet.
        const auto charted = [&page] {
            const QLineSeries* series = page.responseTimeChart()->seriesFor(QStringLiteral("openai_stt"));
            return series ? series->count() : 0;
        };
        QTRY_COMPARE(charted(), 2);
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

    // Issue #17: the card strip was about 60 px high behind an unmarked splitter, cutting every
    // card mid-line. Now each card has the height and width its lines need, and the card area
    // shows at least one whole card without scrolling sideways.
    void cardsAreWholeAtTheDefaultSizeAndAt800x600_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default window") << kDefaultPageSize;
        QTest::newRow("800x600") << kSmallPageSize;
    }

    void cardsAreWholeAtTheDefaultSizeAndAt800x600()
    {
        QFETCH(QSize, size);
        startRuntime();
        // Something in every line: a failed call fills the error rate, latency and last error.
        m_server.setFault(Endpoint::OpenAiTranscriptions, Fault::httpError(503));
        QVERIFY(transcribe(QStringLiteral("openai_stt"))->hasError());
        QMainWindow window;
        auto* page = new HealthPage(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                                    m_runtime->resilience(), m_runtime->config());
        showInWindow(window, page, size);
        QCOMPARE(window.size(), size); // the page's minimum size fits the window
        ProviderCard* failed = page->card(QStringLiteral("openai_stt"));
        failed->refresh();
        QVERIFY2(failed->callsText().contains(QStringLiteral("error rate: 100.0 %")),
                 qPrintable(failed->callsText()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

        auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("cardScroll"));
        QVERIFY(scroll);
        const QWidget* viewport = scroll->viewport();
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        int tallest = 0;
        for (const QString& provider : page->providers()) {
            const ProviderCard* card = page->card(provider);
            QVERIFY2(card->isVisibleTo(page), qPrintable(provider));
            const QRect inView(card->mapTo(viewport, QPoint(0, 0)), card->size());
            QVERIFY2(inView.left() >= 0 && inView.right() < viewport->width(), qPrintable(provider));
            const int needed = card->hasHeightForWidth() ? card->heightForWidth(card->width())
                                                         : card->minimumSizeHint().height();
            QVERIFY2(
                card->height() >= needed,
                qPrintable(QStringLiteral("%1: %2 px of %3").arg(provider).arg(card->height()).arg(needed)));
            const QStringList clipped = clippedLabels(card);
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
            tallest = std::max(tallest, card->height());
        }
        QVERIFY2(
            viewport->height() >= tallest,
            qPrintable(QStringLiteral("card area %1 px, a card %2 px").arg(viewport->height()).arg(tallest)));
        // The first row is whole without scrolling.
        const ProviderCard* first = page->card(page->providers().constFirst());
        QVERIFY(first->mapTo(viewport, QPoint(0, first->height() - 1)).y() < viewport->height());
        // And so is everything else on the page.
        const QStringList clipped = clippedLabels(page);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }

    // Issue #17: at 800x600 the axis and legend labels were cut ("12…", "pockets…"), and the
    // five-minute range cut its time labels even at full size.
    void noChartLabelIsCutAtAnyRangeOrSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<ChartRange>("range");
        for (ChartRange range : {ChartRange::FiveMinutes, ChartRange::OneHour, ChartRange::OneDay}) {
            const QByteArray name = chartRangeLabel(range).toUtf8();
            QTest::newRow(("default window, " + name).constData()) << kDefaultPageSize << range;
            QTest::newRow(("800x600, " + name).constData()) << kSmallPageSize << range;
        }
    }

    void noChartLabelIsCutAtAnyRangeOrSize()
    {
        QFETCH(QSize, size);
        QFETCH(ChartRange, range);
        startRuntime();
        auto* page = new HealthPage(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                                    m_runtime->resilience(), m_runtime->config());
        auto* combo = page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3); // every range the page offers is in the data
        page->setRange(range);
        QMainWindow window;
        showInWindow(window, page, size);
        QCOMPARE(window.size(), size);
        for (HistoryChartView* chart :
             std::initializer_list<HistoryChartView*>{page->responseTimeChart(), page->statusChart()}) {
            bringForward(chart);
            QTRY_VERIFY(chart->isVisible());
            chart->refreshNow();
            // Every time tick has its label, whole, once the chart has laid itself out.
            const auto* time = qobject_cast<QDateTimeAxis*>(chart->chart()->axes(Qt::Horizontal).value(0));
            QVERIFY(time);
            QTRY_VERIFY2(visibleTimeLabels(chart).size() == time->tickCount(),
                         qPrintable(QStringLiteral("%1: %2 of %3 time labels: %4")
                                        .arg(chart->objectName())
                                        .arg(visibleTimeLabels(chart).size())
                                        .arg(time->tickCount())
                                        .arg(visibleTimeLabels(chart).join(QStringLiteral(", ")))));
            // The status rows take the height their names need (scrolling when the tab is lower)
            // once the chart has measured itself: wait for the layout to settle.
            QTRY_VERIFY2(elidedChartTexts(chart).isEmpty(),
                         qPrintable(QStringLiteral("%1: %2").arg(
                             chart->objectName(), elidedChartTexts(chart).join(QStringLiteral(", ")))));
            QVERIFY(time->tickCount() >= 3);
        }
    }

    // Issue #17: one 7.7 s transcription flattened the probes' lines. The response-time chart
    // shows either the probes or the real requests, the user's choice, remembered like the range.
    void responseTimesShowProbesOrRequestsAsChosen()
    {
        startRuntime();
        HealthPage page(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        page.resize(kDefaultPageSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* show = page.findChild<QComboBox*>(QStringLiteral("sampleKindCombo"));
        QVERIFY2(show, "a 'Show: Probes / Requests' choice");
        QVERIFY(show->isVisible());
        QCOMPARE(show->count(), 2);
        QCOMPARE(page.sampleKind(), SampleKind::Probes); // the default
        QCOMPARE(show->currentText(), QStringLiteral("Probes"));

        // One request and one probe of google_stt.
        QVERIFY(!transcribe(QStringLiteral("google_stt"))->hasError());
        QSignalSpy probed(&m_runtime->health(), &HealthMonitor::probeFinished);
        QVERIFY(m_runtime->health().probe(QStringLiteral("google_stt")));
        QVERIFY(probed.wait(20000));
        const QList<ChartSample> samples = page.chartHistory().samples(QStringLiteral("google_stt"));
        QCOMPARE(samples.size(), 2);
        QVERIFY(!samples.at(0).probe);
        QVERIFY(samples.at(1).probe);

        const auto charted = [&page] {
            page.responseTimeChart()->refreshNow();
            return page.responseTimeChart()->seriesFor(QStringLiteral("google_stt"))->points();
        };
        QCOMPARE(charted().size(), 1);
        QCOMPARE(charted().constFirst().x(), double(samples.at(1).time.toMSecsSinceEpoch()));
        show->setCurrentIndex(show->findText(QStringLiteral("Requests")));
        QCOMPARE(page.sampleKind(), SampleKind::Requests);
        QCOMPARE(page.responseTimeChart()->sampleKind(), SampleKind::Requests);
        QCOMPARE(charted().size(), 1);
        QCOMPARE(charted().constFirst().x(), double(samples.at(0).time.toMSecsSinceEpoch()));

        // Remembered between runs, with the range; a state saved before the choice existed
        // still restores its range.
        page.setRange(ChartRange::FiveMinutes);
        const QByteArray saved = page.savePageState();
        HealthPage next(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                        m_runtime->resilience(), m_runtime->config());
        QCOMPARE(next.sampleKind(), SampleKind::Probes);
        QVERIFY(next.restorePageState(saved));
        QCOMPARE(next.sampleKind(), SampleKind::Requests);
        QCOMPARE(next.range(), ChartRange::FiveMinutes);
        QCOMPARE(next.findChild<QComboBox*>(QStringLiteral("sampleKindCombo"))->currentText(),
                 QStringLiteral("Requests"));
        HealthPage old(m_runtime->readiness(), m_runtime->registry(), m_runtime->health(),
                       m_runtime->resilience(), m_runtime->config());
        QVERIFY(old.restorePageState(QByteArrayLiteral("{\"range\":2}")));
        QCOMPARE(old.range(), ChartRange::OneDay);
        QCOMPARE(old.sampleKind(), SampleKind::Probes);
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
        page.setSampleKind(SampleKind::Requests); // the two calls were requests
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
