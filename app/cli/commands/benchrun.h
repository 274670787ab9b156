#pragma once

#include "app/cli/commands/benchstats.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>

namespace vd {
class ProviderJob;
}

namespace vd::cli {

// One provider's share of `bench`: `requests` calls made by `makeJob`, at most `concurrency` in
// flight, each aborted with a timeout error after `timeoutMs`. Calls go to the provider directly
// (no router: no retries, fallback or breaker), so they measure the provider, and a benchmark
// never trips the breakers that the user's real requests depend on.
class BenchRun : public QObject
{
    Q_OBJECT
public:
    using JobFactory = std::function<ProviderJob*(QObject* parent)>;

    BenchRun(JobFactory makeJob, int requests, int concurrency, int timeoutMs, QObject* parent = nullptr);

    void start();
    const BenchStats& stats() const { return m_stats; }

Q_SIGNALS:
    // One call ended (read `job` in the slot); bench records it in the history itself, since its
    // calls bypass the router that records every other request.
    void callFinished(vd::ProviderJob* job, double latencyMs);
    void finished();

private:
    void launch();

    JobFactory m_makeJob;
    int m_requests;
    int m_concurrency;
    int m_timeoutMs;
    int m_started = 0;
    int m_done = 0;
    BenchStats m_stats;
    QElapsedTimer m_wall;
};

} // namespace vd::cli
