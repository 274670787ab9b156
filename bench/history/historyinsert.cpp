// Inserts ROWS request records into a fresh history database in batches of BATCH (one
// transaction each, as HistoryRecorder writes them), then reads the newest 50 (`history`) and
// the newest 50 of one provider, reopens (migration check + retention) and prints the figures.
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace vd;

namespace {

RequestRecord record(int i, const QDateTime& now)
{
    RequestRecord r;
    r.time = now.addMSecs(i);
    r.operation = i % 2 ? RequestRecord::kTranscribe : RequestRecord::kSynthesize;
    r.source = QStringLiteral("bench");
    r.provider = QStringLiteral("provider_%1").arg(i % 8);
    r.outcome = i % 10 ? QStringLiteral("ok") : QStringLiteral("failed");
    if (i % 10 == 0) {
        r.errorKind = QStringLiteral("server");
        r.errorMessage = QStringLiteral("503: overloaded");
    }
    r.latencyMs = 100 + i % 400;
    r.inputBytes = 32000;
    r.outputBytes = 40;
    r.attempts = 1;
    r.trace = QJsonObject{
        {QStringLiteral("attempts"), QJsonArray{QJsonObject{{QStringLiteral("provider"), r.provider},
                                                            {QStringLiteral("outcome"), r.outcome},
                                                            {QStringLiteral("latency_ms"), r.latencyMs}}}},
        {QStringLiteral("skipped"), QJsonArray{}}};
    return r;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int batch = args.size() > 2 ? args.at(2).toInt() : 500;
    if (rows < 1 || batch < 1) {
        std::fprintf(stderr, "usage: vd-history-insert [ROWS] [BATCH]\n");
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
    for (int i = 0; i < rows; ++i)
        records << record(i, now);
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
    const auto oneProvider = (*store)->requests({QStringLiteral("provider_3"), {}, 50});
    const double providerMs = msSince(timer);
    store = HistoryStore::Outcome<std::unique_ptr<HistoryStore>>(std::unique_ptr<HistoryStore>());
    timer.restart();
    auto reopened = HistoryStore::open(path, settings);
    const double reopenMs = msSince(timer);
    if (!newest || !oneProvider || !reopened)
        return 1;

    std::printf("| step | time |\n|---|---|\n");
    std::printf("| open + create schema | %.1f ms |\n", openMs);
    std::printf("| insert %d rows, %d per transaction | %.0f ms (%.0f rows/s) |\n", rows, batch, insertMs,
                rows / (insertMs / 1000.0));
    std::printf("| newest 50 (`history`) | %.2f ms |\n", newestMs);
    std::printf("| newest 50 of one provider | %.2f ms |\n", providerMs);
    std::printf("| reopen (migration check + retention) | %.1f ms |\n", reopenMs);
    std::printf("| database size | %.1f MB |\n",
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6);
    return 0;
}
