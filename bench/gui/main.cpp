// vd_bench_gui_stall: the GUI thread's longest stall while a slow provider answers and the
// health charts update. Shows the Health and Activity pages over a Runtime whose cloud providers
// point at loopback mock servers (on their own thread, so its work is not the GUI's), with a
// day of chart history for every provider, fires routed requests and probes for a while, and
// reports how late a 1 ms timer on the GUI thread fired (max, p99) as text and a JSON line.

#include "bench/gui/guiload.h"
#include "bench/gui/stallmonitor.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"
#include "tests/support/mockserver/mockproviderserver.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/activitypage.h"
#include "ui/health/healthpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

namespace {

// With --trace-slow-events, names every event that took more than 10 ms to deliver (innermost
// and outer ones alike, in CPU time of the GUI thread), to find what a stall was made of.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    void setTracing(bool on) { m_trace = on; }
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_trace)
            return QApplication::notify(receiver, event);
        timespec before{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
        const int type = int(event->type());
        QByteArray name =
            receiver->metaObject()->className() + QByteArray(" ") + receiver->objectName().toUtf8();
        if (receiver->parent())
            name += " in " + receiver->parent()->objectName().toUtf8();
        const bool result = QApplication::notify(receiver, event);
        timespec after{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
        const double ms =
            double(after.tv_sec - before.tv_sec) * 1e3 + double(after.tv_nsec - before.tv_nsec) / 1e6;
        if (ms > 10)
            qWarning("slow event %d to %s: %.1f ms CPU", type, name.constData(), ms);
        return result;
    }

private:
    bool m_trace = false;
};

// Runs the event loop until `done` or `timeoutMs`; only the benchmark driver waits like this.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// One server (one host:port) per vendor, as in reality: QNetworkAccessManager opens at most six
// connections per host, and a single shared port would queue one vendor's calls behind another's.
bool writeConfig(const QString& path, const QList<MockProviderServer*>& servers)
{
    QJsonObject providers;
    const auto url = [&servers](int index, Vendor vendor) {
        return QJsonObject{
            {"settings", QJsonObject{{"base_url", servers.at(index)->baseUrl(vendor).toString()}}}};
    };
    providers.insert("openai_stt", url(0, Vendor::OpenAi));
    providers.insert("openai_tts", url(0, Vendor::OpenAi));
    providers.insert("google_stt", url(1, Vendor::Google));
    providers.insert("google_tts", url(1, Vendor::Google));
    providers.insert("yandex_stt", url(2, Vendor::Yandex));
    providers.insert("yandex_tts", url(2, Vendor::Yandex));
    const QJsonObject config{
        {"version", 1},
        {"providers", providers},
        {"routing",
         QJsonObject{{"attempt_timeout_ms", 10000}, {"request_deadline_ms", 30000}, {"max_retries", 0}}},
        {"breaker", QJsonObject{{"consecutive_failures", 3}, {"open_seconds", 5}}},
        {"health", QJsonObject{{"probe_interval_seconds", 5}, {"history_hours", 24}}},
    };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(config).toJson()) > 0;
}

// A day of samples, one every 10 s, for each provider: what a long-running dashboard holds.
// Statuses: healthy with three 20-minute incidents a day, or (`flapping`) a degraded sample every
// ~9 minutes, the worst case for the status chart (a status change in almost every pixel column).
qsizetype fillDayOfHistory(ChartHistory& history, const QStringList& providers, bool flapping)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype total = 0;
    for (qsizetype p = 0; p < providers.size(); ++p) {
        QList<ChartSample> samples;
        for (qint64 s = 24 * 3600; s > 0; s -= 10) {
            const qint64 incident = (s + p * 1000) % (8 * 3600); // seconds into the current 8-hour cycle
            const bool ok = flapping ? (s * 7 + p) % 53 != 0 : incident >= 1200;
            const HealthStatus status =
                ok ? HealthStatus::Healthy
                   : (flapping || incident < 600 ? HealthStatus::Degraded : HealthStatus::Unhealthy);
            samples.append({now.addSecs(-s), 200.0 + double((s * 7919 + p * 31) % 900), status, ok});
        }
        total += samples.size();
        history.setHistory(providers.at(p), std::move(samples));
    }
    return total;
}

void fillActivity(ActivityLog& log, int count)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < count; ++i) {
        ActivityEntry entry;
        entry.time = start.addMSecs(i * 700);
        entry.operation = i % 3 ? ActivityEntry::Operation::Transcribe : ActivityEntry::Operation::Synthesize;
        entry.provider = i % 5 ? QStringLiteral("openai_stt") : QStringLiteral("google_stt");
        entry.ok = i % 11 != 0;
        if (!entry.ok)
            entry.error = ProviderError::make(ErrorKind::Server, QStringLiteral("server 503"), 503);
        entry.latencyMs = 100 + i % 2000;
        entry.bytes = 32000;
        log.record(std::move(entry));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The GUI thread's longest stall under load (ms)."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Measured seconds (10)."), QStringLiteral("n"),
                                           QStringLiteral("10"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Slow provider's answer time (2000)."),
                                           QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Append the JSON line to this file."), QStringLiteral("file"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save the window as a PNG at the end."),
                                              QStringLiteral("file"));
    const QCommandLineOption flappingOption(
        QStringLiteral("flapping"), QStringLiteral("Chart history that changes status every ~9 minutes "
                                                   "(worst case) instead of three incidents a day."));
    const QCommandLineOption traceOption(
        QStringLiteral("trace-slow-events"),
        QStringLiteral("Log every event that took more than 10 ms of GUI CPU time."));
    parser.addOptions(
        {secondsOption, latencyOption, jsonOption, screenshotOption, flappingOption, traceOption});
    parser.process(app);
    app.setTracing(parser.isSet(traceOption));
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int latencyMs = std::max(0, parser.value(latencyOption).toInt());

    // The mock servers answer on their own thread: their parsing and audio generation are not the GUI's.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("mock server"));
    serverThread.start();
    auto* serverContext = new QObject;
    serverContext->moveToThread(&serverThread);
    QList<MockProviderServer*> servers; // OpenAI, Google, Yandex
    bool listening = true;
    QMetaObject::invokeMethod(
        serverContext,
        [&] {
            for (int i = 0; i < 3; ++i) {
                auto* server = new MockProviderServer;
                server->setRecordLimit(100);
                listening = server->listen() && listening;
                servers.append(server);
            }
            servers.at(0)->setFault(Endpoint::OpenAiTranscriptions, Fault::delay(latencyMs));
            servers.at(0)->setFault(Endpoint::OpenAiSpeech, Fault::delay(latencyMs));
            servers.at(2)->setFault(Endpoint::YandexRecognize, Fault::httpError(503));
        },
        Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(
            serverContext, [&] { qDeleteAll(servers); }, Qt::BlockingQueuedConnection);
        serverContext->deleteLater();
        serverThread.quit();
        serverThread.wait();
    };

    QTemporaryDir dir;
    qputenv("OPENAI_API_KEY", "test-key");
    qputenv("GOOGLE_API_KEY", "test-key");
    qputenv("YANDEX_API_KEY", "test-key");
    if (!listening || !dir.isValid() || !writeConfig(dir.filePath(QStringLiteral("config.json")), servers)) {
        std::fprintf(stderr, "vd_bench_gui_stall: could not start the mock server or write the config\n");
        stopServer();
        return 1;
    }
    RuntimeOptions options;
    options.configPath = dir.filePath(QStringLiteral("config.json"));
    options.stateDirectory = dir.filePath(QStringLiteral("state"));
    options.keychainService = QStringLiteral("voicedeck-bench");
    auto created = Runtime::create(options);
    if (!created) {
        std::fprintf(stderr, "vd_bench_gui_stall: the runtime did not start\n");
        stopServer();
        return 1;
    }
    std::unique_ptr<Runtime> runtime = std::move(created).value();
    runtime->router().setOnlineCheck([] { return true; });

    int status = 0;
    {
        ActivityLog activity;
        QWidget window;
        auto* health = new HealthPage(runtime->readiness(), runtime->registry(), runtime->health(),
                                      runtime->resilience(), runtime->config(), &window);
        auto* activityPage = new ActivityPage(activity, &window);
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(health, 3);
        layout->addWidget(activityPage, 2);
        window.resize(1600, 1000);
        window.show();
        runtime->start();
        if (!waitFor([&] { return health->isPopulated(); }, 30000)) {
            std::fprintf(stderr, "vd_bench_gui_stall: the runtime never became ready\n");
            status = 1;
        } else {
            health->setRange(ChartRange::OneDay);
            const bool flapping = parser.isSet(flappingOption);
            const qsizetype historySamples =
                fillDayOfHistory(health->chartHistory(), health->providers(), flapping);
            fillActivity(activity, 5000);
            waitFor([] { return false; }, 1000); // first paint and chart rebuilds, not measured

            bench::GuiLoad load(*runtime, activity);
            int rangeStep = 0;
            load.setPeriodicAction([&] {
                const ChartRange ranges[] = {ChartRange::FiveMinutes, ChartRange::OneHour,
                                             ChartRange::OneDay};
                health->setRange(ranges[++rangeStep % 3]);
            });
            bench::StallMonitor monitor;
            load.start();
            monitor.start();
            waitFor([] { return false; }, seconds * 1000);
            monitor.stop();
            load.stop();
            waitFor([&] { return load.inFlight() == 0; }, 15000);

            if (parser.isSet(screenshotOption))
                window.grab().save(parser.value(screenshotOption));
            const bench::StallMonitor::Summary s = monitor.summary();
            std::printf(
                "GUI thread stalls over %.1f s (%lld ticks of 1 ms), %d providers, %lld chart samples, "
                "%d requests, %d probe rounds, slow provider %d ms:\n",
                s.seconds, qlonglong(s.ticks), int(health->providers().size()), qlonglong(historySamples),
                load.finishedRequests(), load.probeRounds(), latencyMs);
            std::printf("  wall clock: max %.2f ms, p99 %.2f ms, p50 %.2f ms, %lld over 16 ms\n",
                        s.maxStallMs, s.p99StallMs, s.p50StallMs, qlonglong(s.stallsOverFrame));
            std::printf("  GUI thread CPU time between ticks: max %.2f ms, p99 %.2f ms, %lld over 16 ms\n",
                        s.maxCpuMs, s.p99CpuMs, qlonglong(s.cpuOverFrame));
            const QJsonObject json{
                {"benchmark", "gui_stall"},
                {"platform", QGuiApplication::platformName()},
                {"seconds", s.seconds},
                {"ticks", qint64(s.ticks)},
                {"providers", int(health->providers().size())},
                {"chart_samples", qint64(historySamples)},
                {"requests", load.finishedRequests()},
                {"probe_rounds", load.probeRounds()},
                {"slow_provider_latency_ms", latencyMs},
                {"history", flapping ? "flapping" : "incidents"},
                {"max_stall_ms", s.maxStallMs},
                {"p99_stall_ms", s.p99StallMs},
                {"p50_stall_ms", s.p50StallMs},
                {"stalls_over_16ms", qint64(s.stallsOverFrame)},
                {"max_cpu_ms", s.maxCpuMs},
                {"p99_cpu_ms", s.p99CpuMs},
                {"cpu_over_16ms", qint64(s.cpuOverFrame)},
            };
            const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
            std::printf("%s\n", line.constData());
            if (parser.isSet(jsonOption)) {
                QFile out(parser.value(jsonOption));
                if (out.open(QIODevice::Append))
                    out.write(line + '\n');
            }
        }
        delete health;
        delete activityPage;
    }
    runtime.reset();
    stopServer();
    return status;
}
