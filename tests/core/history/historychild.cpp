#include "historychild.h"

#include "core/history/historystore.h"

#include <QCoreApplication>
#include <cstdio>

int runHistoryChild(const char* path)
{
    auto store = vd::HistoryStore::open(QString::fromLocal8Bit(path));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message()));
        return 1;
    }
    QList<vd::RequestRecord> batch;
    for (int i = 0; i < 100; ++i) {
        vd::RequestRecord r;
        r.time = QDateTime::currentDateTimeUtc();
        r.operation = vd::RequestRecord::kTranscribe;
        r.provider = QStringLiteral("child");
        r.outcome = QStringLiteral("ok");
        r.errorMessage = QString(200, QLatin1Char('x')); // enough bytes to keep pages turning over
        batch.append(r);
    }
    for (qint64 n = 1;; ++n) {
        if (!(*store)->addRequests(batch))
            return 1;
        std::printf("batch %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
