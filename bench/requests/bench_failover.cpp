// Failover time: the primary (openai_tts) refuses the connection, answers 503, hangs, or has its
// breaker open; how long until the caller has the secondary's (google_tts) answer, next to the
// secondary's own latency, measured alternately with it (added = median of the pairwise
// differences). Every scenario runs the whole core against the same mock process.

#include "bench/support/benchmain.h"
#include "bench/support/benchrequests.h"
#include "bench/support/benchruntime.h"
#include "bench/support/jobwait.h"
#include "bench/support/latencysamples.h"
#include "bench/support/mockcontrol.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QElapsedTimer>
#include <memory>

using namespace vd;
using namespace vd::bench;

namespace {

const QString kPrimary = QStringLiteral("openai_tts");

enum class Primary
{
    Disabled,
    Refused,
    Http503,
    Hang,
    BreakerOpen
};

struct Scenario
{
    Primary primary;
    QJsonObject routing;
};

MockControl& mock()
{
    static MockControl* control = nullptr;
    if (!control) {
        control = new MockControl;
        teardowns().push_back([] {
            delete control;
            control = nullptr;
        });
    }
    return *control;
}

QJsonObject configFor(const Scenario& scenario)
{
    const QString primaryUrl =
        scenario.primary == Primary::Refused
            ? test::MockProviderServer::refusingUrl().toString() + QStringLiteral("/v1")
            : mock().openAiUrl().toString();
    QJsonObject primary = BenchRuntime::baseUrl(primaryUrl);
    primary.insert(QStringLiteral("priority"), 1);
    if (scenario.primary == Primary::Disabled)
        primary.insert(QStringLiteral("enabled"), false);
    QJsonObject secondary = BenchRuntime::baseUrl(mock().baseUrl().toString());
    secondary.insert(QStringLiteral("priority"), 2);
    const QJsonObject off{{QStringLiteral("enabled"), false}};
    QJsonObject routing{{QStringLiteral("attempt_timeout_ms"), 10000},
                        {QStringLiteral("request_deadline_ms"), 30000},
                        {QStringLiteral("max_retries"), 0}};
    for (auto it = scenario.routing.begin(); it != scenario.routing.end(); ++it)
        routing.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("providers"), QJsonObject{{kPrimary, primary},
                                                  {QStringLiteral("google_tts"), secondary},
                                                  {QStringLiteral("yandex_tts"), off},
                                                  {QStringLiteral("openai_stt"), off},
                                                  {QStringLiteral("google_stt"), off},
                                                  {QStringLiteral("yandex_stt"), off}}},
        {QStringLiteral("routing"), routing},
    };
}

void failover(benchmark::State& state, Scenario scenario)
{
    if (!mock().isReady() || !mock().reset()) {
        state.SkipWithError(qPrintable(mock().failure()));
        return;
    }
    // The scenario's runtime, and a second one with the primary disabled: requests alternate
    // between them, so the secondary's own latency is measured under the same load.
    BenchRuntime bench(configFor(scenario));
    BenchRuntime baseline(configFor({Primary::Disabled, scenario.routing}));
    if (!bench.isReady() || !baseline.isReady()) {
        state.SkipWithError(qPrintable(bench.isReady() ? baseline.failure() : bench.failure()));
        return;
    }
    if (scenario.primary == Primary::Http503)
        mock().setFault(QStringLiteral("openai.speech"), QStringLiteral("http_error"),
                        {{QStringLiteral("status"), 503}});
    if (scenario.primary == Primary::Hang)
        mock().setFault(QStringLiteral("openai.speech"), QStringLiteral("hang"));
    QElapsedTimer timer;
    // One routed request; its wall time, or an error message when the secondary did not answer.
    const auto once = [&](BenchRuntime& target) -> std::pair<qint64, QString> {
        // Every request must meet the failing primary, not a breaker that learnt to skip it.
        ResilienceState& resilience = target.runtime().resilience();
        if (scenario.primary == Primary::BreakerOpen)
            resilience.forceOpenBreaker(kPrimary);
        else
            resilience.resetBreaker(kPrimary);
        RoutedSynthesizeJob* job = target.runtime().router().synthesize(BenchRequests::synthesis());
        job->setAutoDelete(false);
        timer.start();
        startAndWait(job);
        const qint64 elapsed = timer.nsecsElapsed();
        const std::unique_ptr<RoutedSynthesizeJob> owned(job);
        if (job->hasError() || job->provider() != QStringLiteral("google_tts"))
            return {elapsed, QStringLiteral("expected google_tts's answer, got %1")
                                 .arg(job->hasError() ? job->error().summary() : job->provider())};
        return {elapsed, {}};
    };
    for (int i = 0; i < 2; ++i) { // the secondary's voice list and connection, outside the figures
        for (BenchRuntime* target : {&bench, &baseline}) {
            if (const auto [elapsed, error] = once(*target); !error.isEmpty()) {
                state.SkipWithError(qPrintable(error));
                return;
            }
        }
    }
    LatencySamples samples;
    LatencySamples secondaryAlone;
    LatencySamples added;
    for (auto _ : state) {
        const auto [elapsed, error] = once(bench);
        const auto [alone, baselineError] = once(baseline);
        if (!error.isEmpty() || !baselineError.isEmpty()) {
            state.SkipWithError(qPrintable(error.isEmpty() ? baselineError : error));
            break;
        }
        samples.add(std::chrono::nanoseconds(elapsed));
        secondaryAlone.add(std::chrono::nanoseconds(alone));
        added.addMicros(double(elapsed - alone) / 1000.0);
    }
    secondaryAlone.report(state, "alone_");
    state.counters["added_p50_us"] = added.median();
    samples.report(state);
    mock().reset();
}

void add(const char* name, Scenario scenario, int iterations)
{
    benchmark::RegisterBenchmark(name, failover, scenario)
        ->Iterations(iterations)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
}

int registerAll()
{
    const int quick = qEnvironmentVariableIntValue("VD_BENCH_FAILOVER_REQUESTS") > 0
                          ? qEnvironmentVariableIntValue("VD_BENCH_FAILOVER_REQUESTS")
                          : 200;
    add("failover/primary_refused", {Primary::Refused, {}}, quick);
    add("failover/primary_503", {Primary::Http503, {}}, quick);
    add("failover/primary_breaker_open", {Primary::BreakerOpen, {}}, quick);
    add("failover/primary_503_one_retry", {Primary::Http503, {{QStringLiteral("max_retries"), 1}}}, 10);
    add("failover/primary_refused_one_retry", {Primary::Refused, {{QStringLiteral("max_retries"), 1}}}, 10);
    add("failover/primary_hangs_timeout_250ms",
        {Primary::Hang, {{QStringLiteral("attempt_timeout_ms"), 250}}}, 12);
    add("failover/primary_hangs_hedge_50ms",
        {Primary::Hang,
         {{QStringLiteral("attempt_timeout_ms"), 250}, {QStringLiteral("hedge_after_ms"), 50}}},
        20);
    return 0;
}

[[maybe_unused]] const int registered = registerAll();

} // namespace

VD_BENCHMARK_MAIN();
