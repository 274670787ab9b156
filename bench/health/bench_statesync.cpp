// Saving breakers and health history: one ResilienceStore sync (the state file locked, read and
// merged with this process's new events, written atomically, the merged view adopted) while every
// provider's history is full. The application syncs once a second while requests or probes keep
// coming, so this is what a busy session pays, on the thread pool and on the thread that adopts.

#include "bench/support/benchmain.h"
#include "core/resilience/providerhealth.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QTemporaryDir>

using namespace vd;

namespace {

// Waits for a store operation, running the event loop that finishes it.
bool await(const QFuture<bool>& future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return future.result();
}

void stateSync(benchmark::State& state)
{
    QTemporaryDir dir;
    // The nine providers VoiceDeck ships.
    const QStringList providers{
        QStringLiteral("openai_stt"),       QStringLiteral("openai_tts"), QStringLiteral("google_stt"),
        QStringLiteral("google_tts"),       QStringLiteral("yandex_stt"), QStringLiteral("yandex_tts"),
        QStringLiteral("pocketsphinx_stt"), QStringLiteral("flite_tts"),  QStringLiteral("espeak_tts")};
    ResilienceState resilience;
    ResilienceStore store(resilience, dir.path());
    store.setSaveDelay(std::chrono::hours(1)); // synced only when asked
    if (!await(store.load())) {
        state.SkipWithError("the state file could not be created");
        return;
    }
    // Every provider's history at capacity: successes of varied latency, a failure now and then.
    for (int i = 0; i < ProviderHealth::kHistoryCapacity; ++i) {
        for (const QString& name : providers) {
            const std::optional<ProviderError> error =
                i % 50 == 49 ? std::optional(ProviderError::make(ErrorKind::Server, QStringLiteral("503")))
                             : std::nullopt;
            resilience.recordCall(name, error, std::chrono::milliseconds(200 + i % 400));
        }
    }
    if (!await(store.flush())) {
        state.SkipWithError(qPrintable(store.lastError()));
        return;
    }
    int call = 0;
    for (auto _ : state) {
        resilience.recordCall(providers.at(call++ % providers.size()), std::nullopt,
                              std::chrono::milliseconds(250));
        if (!await(store.flush())) {
            state.SkipWithError(qPrintable(store.lastError()));
            return;
        }
    }
    state.counters["providers"] = double(providers.size());
    state.counters["samples"] = double(providers.size()) * ProviderHealth::kHistoryCapacity;
}

} // namespace

BENCHMARK(stateSync)->Name("health/state_sync_full_history")->UseRealTime()->Unit(benchmark::kMillisecond);
