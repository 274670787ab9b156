#include "app/cli/commands/benchrun.h"

#include "core/model/providerjob.h"

#include <QTimer>
#include <memory>

namespace vd::cli {

BenchRun::BenchRun(JobFactory makeJob, int requests, int concurrency, int timeoutMs, QObject* parent)
    : QObject(parent), m_makeJob(std::move(makeJob)), m_requests(requests), m_concurrency(concurrency),
      m_timeoutMs(timeoutMs)
{}

void BenchRun::start()
{
    m_wall.start();
    while (m_started < m_requests && m_started - m_done < m_concurrency)
        launch();
}

void BenchRun::launch()
{
    ++m_started;
    ProviderJob* job = m_makeJob(this);
    auto* timeout = new QTimer(job);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, job, [job, this] {
        job->abort(ProviderError::make(ErrorKind::Timeout, tr("no answer in %1 ms").arg(m_timeoutMs)));
    });
    auto timer = std::make_shared<QElapsedTimer>();
    connect(job, &ProviderJob::finished, this, [this, job, timer, timeout] {
        timeout->stop();
        const double latencyMs = double(timer->nsecsElapsed()) / 1e6;
        Q_EMIT callFinished(job, latencyMs);
        if (job->hasError())
            m_stats.addError(errorKindName(job->error().kind));
        else
            m_stats.addSuccess(latencyMs);
        ++m_done;
        if (m_started < m_requests) {
            launch();
        } else if (m_done == m_requests) {
            m_stats.setWallMs(double(m_wall.nsecsElapsed()) / 1e6);
            Q_EMIT finished();
        }
    });
    timer->start();
    timeout->start(m_timeoutMs);
    job->start();
}

} // namespace vd::cli
