// Inserts ROWS request records into a fresh history database in batches of BATCH (one
// transaction each, as HistoryRecorder writes them), then reads the newest 50 (`history`), the
// newest 50 of one provider and the newest 1000 (what the Activity page restores), reopens
// (migration check + retention) and prints the figures as a table and, with --json, a JSON line.
#include "bench/history/benchrecord.h"
#include "core/history/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace vd;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("How fast the history database takes and serves rows."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ROWS"), QStringLiteral("Rows to insert (100000)."),
                                 QStringLiteral("[ROWS]"));
    parser.addPositionalArgument(QStringLiteral("BATCH"), QStringLiteral("Rows per transaction (500)."),
                                 QStringLiteral("[BATCH]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures as JSON to this file."),
                                        QStringLiteral("file"));
    parser.addOption(jsonOption);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const int rows = args.size() > 0 ? args.at(0).toInt() : 100000;
    const int batch = args.size() > 1 ? args.at(1).toInt() : 500;
    if (rows < 1 || batch < 1 || args.size() > 2) {
        std::fprintf(stderr,
                     "usage: vd-history-insert [--json FILE] [ROWS] [BATCH] (both positive numbers)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistorySettings settings;
    settings.maxRows = std::max(rows, 1000);

    QElapsedTimer timer;
    timer.start();
    auto store = HistoryStore::open(path, settings);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message()));
        return 1;
    }
    const double openMs = msSince(timer);

    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<RequestRecord> records;
    records.reserve(rows);
    for (int i = 0; i < rows; ++i)
        records << bench::benchRecord(i, now.addMSecs(i));
    timer.restart();
    for (int first = 0; first < rows; first += batch) {
        if (auto written = (*store)->addRequests(records.mid(first, batch)); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message()));
            return 1;
        }
    }
    const double insertMs = msSince(timer);

    timer.restart();
    const auto newest = (*store)->requests({});
    const double newestMs = msSince(timer);
    timer.restart();
    const auto oneProvider = (*store)->requests({bench::benchProviders().at(2), {}, 50});
    const double providerMs = msSince(timer);
    timer.restart();
    const auto restored = (*store)->requests({{}, {}, 1000});
    const double restoreMs = msSince(timer);
    store = HistoryStore::Outcome<std::unique_ptr<HistoryStore>>(std::unique_ptr<HistoryStore>());
    timer.restart();
    auto reopened = HistoryStore::open(path, settings);
    const double reopenMs = msSince(timer);
    if (!newest || !oneProvider || !restored || !reopened)
        return 1;
    const double sizeMb =
        double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6;
    const double rowsPerSecond = rows / (insertMs / 1000.0);

    std::printf("| step | time |\n|---|---|\n");
    std::printf("| open + create schema | %.1f ms |\n", openMs);
    std::printf("| insert %d rows, %d per transaction | %.0f ms (%.0f rows/s) |\n", rows, batch, insertMs,
                rowsPerSecond);
    std::printf("| newest 50 (`history`) | %.2f ms |\n", newestMs);
    std::printf("| newest 50 of one provider | %.2f ms |\n", providerMs);
    std::printf("| newest 1000 (the Activity page's restore) | %.2f ms |\n", restoreMs);
    std::printf("| reopen (migration check + retention) | %.1f ms |\n", reopenMs);
    std::printf("| database size | %.1f MB |\n", sizeMb);
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{
            {"benchmark", "history_insert"},
            {"measured_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {"rows", rows},
            {"batch", batch},
            {"open_ms", openMs},
            {"insert_ms", insertMs},
            {"rows_per_second", rowsPerSecond},
            {"newest_50_ms", newestMs},
            {"provider_50_ms", providerMs},
            {"newest_1000_ms", restoreMs},
            {"reopen_ms", reopenMs},
            {"size_mb", sizeMb},
        };
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "vd-history-insert: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return 0;
}
