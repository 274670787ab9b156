#pragma once

#include "core/model/providerjob.h"

#include <QEventLoop>
#include <QNetworkReply>

namespace vd::bench {

// Benchmark drivers only: runs the event loop until `job` (already started or not) finishes.
// Library code never does this; a benchmark's loop has nothing else to serve meanwhile.
inline void startAndWait(ProviderJob* job)
{
    QEventLoop loop;
    QObject::connect(job, &ProviderJob::finished, &loop, &QEventLoop::quit);
    job->startNow();
    loop.exec();
}

inline void waitFor(QNetworkReply* reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace vd::bench
