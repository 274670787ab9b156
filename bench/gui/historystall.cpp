// vd_bench_history_stall: the GUI thread's longest stall while the history database is big and
// busy (issue #12). Builds a history database of --history-rows request rows (in big batches,
// not measured), then, with the Activity page shown over a Runtime that uses it:
//   restore: the application's start-up restore (ActivityHistory::restore: the newest 1000 rows
//            read on the recorder's worker thread, turned into entries and shown), timed until the
//            page's table holds them;
//   record:  --record-rows rows handed to HistoryRecorder::record on the GUI thread, as the
//            router does, --record-per-tick every millisecond (by default a burst: 100k rows
//            in a few hundred milliseconds), timed until flush() completes.
// Prints both phases' stalls (StallMonitor) as text and, with --json, as one JSON document.
#include "bench/gui/stallmonitor.h"
#include "bench/history/benchrecord.h"
#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"
#include "core/runtime/runtime.h"
#include "ui/activity/activityhistory.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/activitypage.h"
#include "ui/activity/activitytablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace vd;

namespace {

// Runs the event loop until `done` or `timeoutMs`; only the benchmark driver waits like this.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// `rows` requests, one every 2 s up to an hour ago (1M rows span 23 days, inside the default
// 90-day retention), written in transactions of 10000 rows.
std::optional<HistoryError> buildDatabase(const QString& path, qint64 rows)
{
    auto store = HistoryStore::open(path);
    if (!store)
        return store.error();
    const QDateTime last = QDateTime::currentDateTimeUtc().addSecs(-3600);
    constexpr qint64 kBatch = 10000;
    for (qint64 first = 0; first < rows; first += kBatch) {
        QList<RequestRecord> batch;
        for (qint64 i = first; i < std::min(rows, first + kBatch); ++i)
            batch.append(bench::benchRecord(i, last.addMSecs(-(rows - 1 - i) * 2000)));
        if (auto written = (*store)->addRequests(batch); !written)
            return written.error();
    }
    return std::nullopt;
}

QJsonObject stallJson(const bench::StallMonitor::Summary& s)
{
    return QJsonObject{
        {"seconds", s.seconds},
        {"ticks", qint64(s.ticks)},
        {"max_stall_ms", s.maxStallMs},
        {"p99_stall_ms", s.p99StallMs},
        {"p50_stall_ms", s.p50StallMs},
        {"stalls_over_16ms", qint64(s.stallsOverFrame)},
        {"max_cpu_ms", s.maxCpuMs},
        {"p99_cpu_ms", s.p99CpuMs},
        {"cpu_over_16ms", qint64(s.cpuOverFrame)},
    };
}

void printStalls(const char* phase, const bench::StallMonitor::Summary& s)
{
    std::printf("  %s: GUI thread stalls over %.1f s: wall max %.2f ms, p99 %.2f ms, %lld over 16 ms; "
                "CPU between ticks max %.2f ms, p99 %.2f ms, %lld over 16 ms\n",
                phase, s.seconds, s.maxStallMs, s.p99StallMs, qlonglong(s.stallsOverFrame), s.maxCpuMs,
                s.p99CpuMs, qlonglong(s.cpuOverFrame));
}

double mbOf(const QString& path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The GUI thread's stalls over a big, busy history database."));
    parser.addHelpOption();
    const QCommandLineOption historyOption(
        QStringLiteral("history-rows"),
        QStringLiteral("Rows in the database the Activity page opens over (1000000)."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption recordOption(QStringLiteral("record-rows"),
                                          QStringLiteral("Rows recorded through HistoryRecorder (100000)."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption perTickOption(QStringLiteral("record-per-tick"),
                                           QStringLiteral("Rows recorded every millisecond (1000)."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures as JSON to this file."),
                                        QStringLiteral("file"));
    parser.addOptions({historyOption, recordOption, perTickOption, jsonOption});
    parser.process(app);
    const qint64 historyRows = parser.value(historyOption).toLongLong();
    const qint64 recordRows = parser.value(recordOption).toLongLong();
    const int perTick = parser.value(perTickOption).toInt();
    if (historyRows < 0 || recordRows < 0 || perTick < 1) {
        std::fprintf(stderr, "vd_bench_history_stall: --history-rows and --record-rows take a count, "
                             "--record-per-tick a positive one\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString stateDir = dir.filePath(QStringLiteral("state"));
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    const QString historyPath = stateDir + QStringLiteral("/history.sqlite");
    QFile config(configPath);
    if (!dir.isValid() || !QDir().mkpath(stateDir) || !config.open(QIODevice::WriteOnly) ||
        config.write(R"({"version": 1})") < 0) {
        std::fprintf(stderr, "vd_bench_history_stall: cannot write the config in %s\n",
                     qPrintable(dir.path()));
        return 1;
    }
    config.close();
    QElapsedTimer clock;
    clock.start();
    if (auto failed = buildDatabase(historyPath, historyRows)) {
        std::fprintf(stderr, "vd_bench_history_stall: %s\n", qPrintable(failed->message()));
        return 1;
    }
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;
    const double databaseMb = mbOf(historyPath);

    // The application's configuration: default history settings (max_rows 1000000), no keys.
    RuntimeOptions options;
    options.configPath = configPath;
    options.stateDirectory = stateDir;
    options.keychainService = QStringLiteral("voicedeck-bench");
    auto created = Runtime::create(options);
    if (!created) {
        std::fprintf(stderr, "vd_bench_history_stall: the runtime did not start\n");
        return 1;
    }
    std::unique_ptr<Runtime> runtime = std::move(created).value();
    HistoryRecorder& history = runtime->history();

    int status = 0;
    QJsonObject json{{"benchmark", "history_gui"},
                     {"measured_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                     {"platform", QGuiApplication::platformName()},
                     {"history_rows", historyRows},
                     {"build_ms", buildMs},
                     {"database_mb", databaseMb}};
    {
        ActivityLog activity;
        auto* page = new ActivityPage(activity);
        page->resize(1200, 900);
        page->show();
        waitFor([] { return false; }, 500); // first paint, not measured

        // Phase 1: the start-up restore over the big database (opening it included: the worker
        // opens the store on first use, with its migration check and retention pass).
        bench::StallMonitor monitor;
        bool restored = false;
        QObject::connect(&activity, &ActivityLog::restored, &activity, [&restored] { restored = true; });
        monitor.start();
        clock.restart();
        ActivityHistory::restore(history, activity);
        const bool shown = waitFor([&] { return restored; }, 120000);
        const double restoreMs = double(clock.nsecsElapsed()) / 1e6;
        waitFor([] { return false; }, 500); // the table's repaint after the reset
        monitor.stop();
        const bench::StallMonitor::Summary restoreStalls = monitor.summary();
        const int restoredRows = page->model()->rowCount();
        if (!shown) {
            std::fprintf(stderr, "vd_bench_history_stall: the earlier activity never arrived\n");
            status = 1;
        }

        // Phase 2: recording while the page is shown, the records made beforehand (the router
        // builds them in the application; their cost is not the recorder's).
        QList<RequestRecord> records;
        records.reserve(recordRows);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qint64 i = 0; i < recordRows; ++i)
            records.append(bench::benchRecord(historyRows + i, now.addMSecs(i)));
        qint64 next = 0;
        QTimer feeder;
        feeder.setInterval(1);
        QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
            for (int n = 0; n < perTick && next < recordRows; ++n)
                history.record(records.at(next++));
            if (next == recordRows)
                feeder.stop();
        });
        monitor.start();
        clock.restart();
        feeder.start();
        waitFor([&] { return !feeder.isActive(); }, 600000);
        const double recordMs = double(clock.nsecsElapsed()) / 1e6;
        QFuture<std::optional<HistoryError>> flushed = history.flush();
        const bool written = waitFor([&] { return flushed.isFinished(); }, 600000);
        const double flushMs = double(clock.nsecsElapsed()) / 1e6;
        monitor.stop();
        const bench::StallMonitor::Summary recordStalls = monitor.summary();
        if (!written || flushed.result()) {
            std::fprintf(stderr, "vd_bench_history_stall: the records were not written: %s\n",
                         written ? qPrintable(flushed.result()->message()) : "timed out");
            status = 1;
        }

        std::printf("History database of %lld rows (%.1f MB, built in %.1f s), platform %s:\n",
                    qlonglong(historyRows), databaseMb, buildMs / 1000.0,
                    qPrintable(QGuiApplication::platformName()));
        std::printf("  start-up restore: %d entries shown after %.1f ms\n", restoredRows, restoreMs);
        printStalls("restore", restoreStalls);
        std::printf(
            "  recording %lld rows, %d per 1 ms tick: handed over in %.1f ms, flush() done after %.1f ms "
            "(%.0f rows/s)\n",
            qlonglong(recordRows), perTick, recordMs, flushMs, double(recordRows) / (flushMs / 1000.0));
        printStalls("record", recordStalls);
        json.insert("restore", QJsonObject{{"entries", restoredRows},
                                           {"shown_ms", restoreMs},
                                           {"stalls", stallJson(restoreStalls)}});
        json.insert("record", QJsonObject{{"rows", recordRows},
                                          {"rows_per_tick", perTick},
                                          {"handed_over_ms", recordMs},
                                          {"flushed_ms", flushMs},
                                          {"stalls", stallJson(recordStalls)}});
        delete page;
    }
    runtime.reset();
    const QByteArray document = QJsonDocument(json).toJson();
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(document) < 0) {
            std::fprintf(stderr, "vd_bench_history_stall: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return status;
}
