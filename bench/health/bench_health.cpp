// Concurrent health checks: the real HealthMonitor probes 50 OpenAI-compatible providers whose
// servers each answer their probe (GET /models) after 300 ms. Done concurrently, one round takes
// a little over 300 ms; one after another it would take 15 s. Each provider has its own loopback
// server (as real providers have their own hosts); a second case puts all 50 on one server,
// where Qt's limit of six connections per host and port queues the probes.

#include "bench/support/benchmain.h"
#include "bench/support/latencysamples.h"
#include "core/config/appconfig.h"
#include "core/providers/builtinproviders.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/configuredproviders.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThread>
#include <memory>
#include <vector>

using namespace vd;
using vd::test::Endpoint;
using vd::test::Fault;
using vd::test::MockProviderServer;
using vd::test::Vendor;

namespace {

constexpr int kProviders = 50;
constexpr int kAnswerMs = 300;

// Mock servers on their own thread, so their answers do not wait for the prober's event loop.
class ServerFarm
{
public:
    explicit ServerFarm(int count)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, count] {
                for (int i = 0; i < count; ++i) {
                    auto server = std::make_unique<MockProviderServer>();
                    server->listen();
                    server->setFault(Endpoint::OpenAiModels, Fault::delay(kAnswerMs));
                    m_urls.append(server->baseUrl(Vendor::OpenAi));
                    m_servers.push_back(std::move(server));
                }
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerFarm()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_servers.clear(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    const QList<QUrl>& urls() const { return m_urls; }

private:
    QThread m_thread;
    QObject m_context;
    std::vector<std::unique_ptr<MockProviderServer>> m_servers;
    QList<QUrl> m_urls;
};

// `kProviders` copies of the built-in openai_stt definition (bench_stt_01, ...), each with its
// own base URL, behind the application's own directory, factory and health monitor.
void probeRounds(benchmark::State& state, int servers)
{
    ServerFarm farm(servers);
    ProviderRegistry registry;
    AppConfig config;
    ProviderDefinition openAi;
    for (ProviderDefinition& definition : builtinProviderDefinitions()) {
        if (definition.info.name == QStringLiteral("openai_stt"))
            openAi = definition;
    }
    for (int i = 0; i < kProviders; ++i) {
        ProviderDefinition copy = openAi;
        copy.info.name = QStringLiteral("bench_stt_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const QUrl url = farm.urls().at(i % servers);
        ProviderConfig provider;
        provider.settings.insert(QStringLiteral("base_url"), url.toString());
        config.providers.insert(copy.info.name, provider);
        if (!registry.registerProvider(std::move(copy))) {
            state.SkipWithError("a bench provider was refused by the registry");
            return;
        }
    }
    QNetworkAccessManager network;
    ProviderFactory factory(registry, &network, [](const ProviderInfo&) {
        return Credential{QStringLiteral("test-key"), CredentialSource::Environment,
                          QStringLiteral("OPENAI_API_KEY")};
    });
    ConfiguredProviders directory(registry, factory, config);
    ResilienceState resilience;
    HealthMonitor monitor(resilience, directory);

    vd::bench::LatencySamples rounds;
    int failures = 0;
    QElapsedTimer timer;
    const auto round = [&] {
        int answered = 0;
        QEventLoop loop;
        const auto connection =
            QObject::connect(&monitor, &HealthMonitor::probeFinished, &loop, [&](const QString&, bool ok) {
                failures += ok ? 0 : 1;
                if (++answered == kProviders)
                    loop.quit();
            });
        timer.start();
        monitor.probeAll();
        if (monitor.probesInFlight() != kProviders) {
            QObject::disconnect(connection);
            return false;
        }
        loop.exec();
        QObject::disconnect(connection);
        return true;
    };
    if (!round()) { // connections opened and instances created: outside the figures
        state.SkipWithError("probeAll() did not start a probe for every provider");
        return;
    }
    for (auto _ : state) {
        round();
        rounds.add(std::chrono::nanoseconds(timer.nsecsElapsed()));
    }
    rounds.report(state);
    state.counters["providers"] = kProviders;
    state.counters["failed_probes"] = failures;
    if (failures > 0)
        state.SkipWithError("some probes failed");
}

} // namespace

BENCHMARK_CAPTURE(probeRounds, fifty_hosts, kProviders)
    ->Name("health/50_providers_50_hosts")
    ->Iterations(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(probeRounds, one_host, 1)
    ->Name("health/50_providers_one_host")
    ->Iterations(3)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

VD_BENCHMARK_MAIN();
