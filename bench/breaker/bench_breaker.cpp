// Breaker decision cost: "may I call?" plus "here is how it went", per call, as the router pays
// it. Compared by scripts/bench.sh with the Node breakers opossum and cockatiel (bench/node/).

#include "bench/support/benchmain.h"
#include "core/model/clock.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"

#include <optional>

using namespace std::chrono_literals;

namespace {

// CLOSED, every call succeeds: the common case.
void allowAndRecordSuccess(benchmark::State& state)
{
    vd::CircuitBreaker breaker(vd::BreakerSettings{}, vd::SystemClock::instance());
    for (auto _ : state) {
        const vd::BreakerPermit permit = breaker.tryAcquire();
        benchmark::DoNotOptimize(permit.granted);
        breaker.onSuccess(120ms);
    }
    state.SetItemsProcessed(state.iterations());
}

// CLOSED with one failure in ten (below every threshold, so it stays closed).
void allowAndRecordMixed(benchmark::State& state)
{
    vd::CircuitBreaker breaker(vd::BreakerSettings{}, vd::SystemClock::instance());
    int call = 0;
    for (auto _ : state) {
        const vd::BreakerPermit permit = breaker.tryAcquire();
        benchmark::DoNotOptimize(permit.granted);
        if (++call % 10 == 0)
            breaker.onFailure(120ms);
        else
            breaker.onSuccess(120ms);
    }
    state.SetItemsProcessed(state.iterations());
}

// OPEN: the refusal (fail fast) path, which must stay cheap while a provider is down.
void refuseWhileOpen(benchmark::State& state)
{
    vd::CircuitBreaker breaker(vd::BreakerSettings{}, vd::SystemClock::instance());
    breaker.forceOpen();
    for (auto _ : state) {
        const vd::BreakerPermit permit = breaker.tryAcquire();
        benchmark::DoNotOptimize(permit.granted);
    }
    state.SetItemsProcessed(state.iterations());
}

// What the router really calls: the shared ResilienceState looks the provider up by name, asks
// its breaker, and records the outcome into the breaker and the health record (latency ring,
// counters, change signals).
void routerPathRecordCall(benchmark::State& state)
{
    vd::ResilienceState resilience;
    const QString name = QStringLiteral("openai_stt");
    for (auto _ : state) {
        const vd::BreakerPermit permit = resilience.breaker(name)->tryAcquire();
        benchmark::DoNotOptimize(permit.granted);
        resilience.recordCall(name, std::nullopt, 120ms);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(allowAndRecordSuccess);
BENCHMARK(allowAndRecordMixed);
BENCHMARK(refuseWhileOpen);
BENCHMARK(routerPathRecordCall);

VD_BENCHMARK_MAIN();
