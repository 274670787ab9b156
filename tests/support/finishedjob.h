#pragma once

#include "core/model/providerjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QtGlobal>
#include <memory>

namespace vd::test {

// Starts `job`, waits for its `finished` and hands it back for inspection (auto-delete off).
// A job that does not finish within `timeoutMs` fails the running test (the caller's later checks
// then see an unfinished job, whose error() is safe to read).
// It waits in a real event loop: QTest::qWaitFor sleeps 10 ms between event batches, which
// throttles an in-process mock server to a few MB/s and makes long uploads take many seconds.
template <typename Job> std::unique_ptr<Job> runToCompletion(Job* job, int timeoutMs = 30000)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        QTest::qFail(qPrintable(QStringLiteral("the job did not finish within %1 ms").arg(timeoutMs)),
                     __FILE__, __LINE__);
    }
    return std::unique_ptr<Job>(job);
}

} // namespace vd::test
