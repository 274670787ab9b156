// Throughput ceiling: routed synthesize requests per second at a fixed concurrency (1, 16, 256
// requests in flight), next to a bare QNetworkAccessManager at the same concurrency. wrk against
// the same mock (scripts/bench.sh) gives the loopback server's own limit.

#include "bench/requests/overheadfixture.h"
#include "bench/support/benchmain.h"
#include "bench/support/benchrequests.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <functional>

using namespace vd;
using namespace vd::bench;

namespace {

// Keeps `concurrency` requests in flight until `seconds` have passed, then lets them drain.
class Pump
{
public:
    using Launch = std::function<void(std::function<void(bool ok)> done)>;

    Pump(int concurrency, double seconds, Launch launch)
        : m_concurrency(concurrency), m_budgetNs(qint64(seconds * 1e9)), m_launch(std::move(launch))
    {}

    void run()
    {
        m_timer.start();
        for (int i = 0; i < m_concurrency; ++i)
            startOne();
        m_loop.exec();
        m_elapsedNs = m_timer.nsecsElapsed();
    }

    int completed() const { return m_completed; }
    int failed() const { return m_failed; }
    double seconds() const { return double(m_elapsedNs) / 1e9; }

private:
    void startOne()
    {
        ++m_inFlight;
        m_launch([this](bool ok) {
            --m_inFlight;
            ++(ok ? m_completed : m_failed);
            if (m_timer.nsecsElapsed() < m_budgetNs)
                startOne();
            else if (m_inFlight == 0)
                m_loop.quit();
        });
    }

    int m_concurrency;
    qint64 m_budgetNs;
    Launch m_launch;
    QEventLoop m_loop;
    QElapsedTimer m_timer;
    qint64 m_elapsedNs = 0;
    int m_inFlight = 0;
    int m_completed = 0;
    int m_failed = 0;
};

double budgetSeconds()
{
    const double fromEnvironment = qEnvironmentVariable("VD_BENCH_SECONDS").toDouble();
    return fromEnvironment > 0 ? fromEnvironment : 3.0;
}

void measure(benchmark::State& state, const Pump::Launch& launch)
{
    OverheadFixture& fixture = OverheadFixture::instance();
    if (const QString failure = fixture.failure(); !failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
        return;
    }
    const int concurrency = int(state.range(0));
    for (auto _ : state) {
        Pump warmUp(concurrency, 0.2, launch);
        warmUp.run();
        Pump pump(concurrency, budgetSeconds(), launch);
        pump.run();
        state.SetIterationTime(pump.seconds());
        state.counters["requests_per_second"] = double(pump.completed()) / pump.seconds();
        state.counters["requests"] = pump.completed();
        state.counters["failed"] = pump.failed();
        if (pump.failed() > 0)
            state.SkipWithError("some requests failed (see the counters)");
    }
}

void routed(benchmark::State& state)
{
    measure(state, [](std::function<void(bool)> done) {
        Router& router = OverheadFixture::instance().runtime->runtime().router();
        RoutedSynthesizeJob* job = router.synthesize(BenchRequests::synthesis());
        QObject::connect(job, &ProviderJob::finished, job, [job, done] { done(!job->hasError()); });
        job->startNow();
    });
}

void bare(benchmark::State& state)
{
    static const HttpCall call = BenchRequests::speechCall(OverheadFixture::instance().mock.openAiUrl());
    measure(state, [](std::function<void(bool)> done) {
        QNetworkReply* reply = sendBare(OverheadFixture::instance().bare, call);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 &&
                            !reply->readAll().isEmpty();
            reply->deleteLater();
            done(ok);
        });
    });
}

} // namespace

BENCHMARK(routed)
    ->Name("throughput/routed")
    ->Arg(1)
    ->Arg(16)
    ->Arg(256)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(bare)
    ->Name("throughput/bare_qnam")
    ->Arg(1)
    ->Arg(16)
    ->Arg(256)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

VD_BENCHMARK_MAIN();
