#include "historychild.h"

#include "core/history/historystore.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

vd::RequestRecord childRecord()
{
    vd::RequestRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.operation = vd::RequestRecord::kTranscribe;
    r.provider = QStringLiteral("child");
    r.outcome = QStringLiteral("ok");
    r.errorMessage = QString(200, QLatin1Char('x')); // enough bytes to keep pages turning over
    return r;
}

// `commands` times: open the database, add one row, close it.
int runCommands(const QString& path, int commands)
{
    for (int c = 0; c < commands; ++c) {
        auto store = vd::HistoryStore::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message()));
            return 1;
        }
        if (auto written = (*store)->addRequests({childRecord()}); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message()));
            return 1;
        }
    }
    return 0;
}

} // namespace

int runHistoryChild(const char* path)
{
    if (const int commands = qEnvironmentVariableIntValue("VD_HISTORY_CHILD_COMMANDS"); commands > 0)
        return runCommands(QString::fromLocal8Bit(path), commands);
    auto store = vd::HistoryStore::open(QString::fromLocal8Bit(path));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message()));
        return 1;
    }
    QList<vd::RequestRecord> batch;
    for (int i = 0; i < 100; ++i)
        batch.append(childRecord());
    for (qint64 n = 1;; ++n) {
        if (!(*store)->addRequests(batch))
            return 1;
        std::printf("batch %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
