// Per-request overhead of the core: a routed synthesize/transcribe through the whole runtime
// (registry, factory cache, breaker, health record, router, provider job, HTTP layer) versus a
// bare QNetworkAccessManager sending the same bytes to the same loopback mock. They are run
// alternately, request by request, so that load from other processes hits both alike; for
// transcription a third leg sends the multipart form as one byte array instead of QHttpMultiPart.
//
//   vd-bench-overhead [benchmark flags]
//   vd-bench-overhead --dump-requests DIR   write the request bodies for the Node SDK and wrk

#include "bench/requests/overheadfixture.h"
#include "bench/support/benchmain.h"
#include "bench/support/benchrequests.h"
#include "bench/support/jobwait.h"
#include "bench/support/latencysamples.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <cstring>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace vd;
using namespace vd::bench;

namespace {

constexpr int kWarmUp = 50;

enum class Operation
{
    Synthesize,
    Transcribe
};

// One routed request; false (and the error skips the benchmark) when it failed.
bool routed(benchmark::State& state, Operation operation)
{
    Router& router = OverheadFixture::instance().runtime->runtime().router();
    ProviderJob* job = operation == Operation::Synthesize
                           ? static_cast<ProviderJob*>(router.synthesize(BenchRequests::synthesis()))
                           : static_cast<ProviderJob*>(router.transcribe(BenchRequests::transcription()));
    job->setAutoDelete(false);
    startAndWait(job);
    const std::unique_ptr<ProviderJob> owned(job);
    if (job->hasError()) {
        state.SkipWithError(qPrintable(QStringLiteral("routed request failed: ") + job->error().summary()));
        return false;
    }
    return true;
}

bool bare(benchmark::State& state, const HttpCall& call)
{
    QNetworkReply* reply = sendBare(OverheadFixture::instance().bare, call);
    waitFor(reply);
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200 || body.isEmpty()) {
        state.SkipWithError(qPrintable(QStringLiteral("bare request answered HTTP %1").arg(status)));
        return false;
    }
    return true;
}

// Process CPU time (all threads: the transcription's audio preparation runs on the pool). The
// mock is another process, so this is the client's own cost of a request, which waiting for a
// busy core does not inflate.
qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Leg
{
    const char* name;
    std::function<bool(benchmark::State&)> send;
    LatencySamples wall;
    LatencySamples cpu;
    qint64 lastWallNs = 0;
    qint64 lastCpuNs = 0;
};

void pairedOverhead(benchmark::State& state, Operation operation)
{
    OverheadFixture& fixture = OverheadFixture::instance();
    if (const QString failure = fixture.failure(); !failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
        return;
    }
    const QUrl url = fixture.mock.openAiUrl();
    const HttpCall call = operation == Operation::Synthesize ? BenchRequests::speechCall(url)
                                                             : BenchRequests::transcriptionCall(url);
    std::vector<Leg> legs;
    legs.push_back({"routed_", [operation](benchmark::State& s) { return routed(s, operation); }, {}, {}});
    legs.push_back({"bare_", [call](benchmark::State& s) { return bare(s, call); }, {}, {}});
    if (operation == Operation::Transcribe) {
        const HttpCall bytes = BenchRequests::withMultipartAsBytes(call);
        legs.push_back({"bare_bytes_", [bytes](benchmark::State& s) { return bare(s, bytes); }, {}, {}});
    }
    // Connections opened, provider instance cached, code paths warm.
    for (int i = 0; i < kWarmUp; ++i) {
        for (Leg& leg : legs) {
            if (!leg.send(state))
                return;
        }
    }
    LatencySamples wallDifference;
    LatencySamples cpuDifference;
    QElapsedTimer timer;
    std::size_t first = 0;
    for (auto _ : state) {
        // Each round sends every leg once, starting with a different one each time.
        for (std::size_t i = 0; i < legs.size(); ++i) {
            Leg& leg = legs[(first + i) % legs.size()];
            const qint64 cpuStart = processCpuNs();
            timer.start();
            if (!leg.send(state))
                return;
            leg.lastWallNs = timer.nsecsElapsed();
            leg.lastCpuNs = processCpuNs() - cpuStart;
            leg.wall.add(std::chrono::nanoseconds(leg.lastWallNs));
            leg.cpu.add(std::chrono::nanoseconds(leg.lastCpuNs));
        }
        first = (first + 1) % legs.size();
        wallDifference.addMicros(double(legs[0].lastWallNs - legs[1].lastWallNs) / 1000.0);
        cpuDifference.addMicros(double(legs[0].lastCpuNs - legs[1].lastCpuNs) / 1000.0);
    }
    for (const Leg& leg : legs) {
        leg.wall.report(state, leg.name);
        state.counters[std::string(leg.name) + "cpu_p50_us"] = leg.cpu.median();
    }
    state.counters["paired_diff_p50_us"] = wallDifference.median();
    state.counters["paired_cpu_diff_p50_us"] = cpuDifference.median();
    state.SetItemsProcessed(state.iterations());
}

int requestCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("VD_BENCH_REQUESTS");
    return fromEnvironment > 0 ? fromEnvironment : 1000;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    quietLogs();
    if (argc == 3 && std::strcmp(argv[1], "--dump-requests") == 0) {
        // The bodies do not contain the URL: any base URL builds the same bytes.
        const QUrl url(QStringLiteral("http://127.0.0.1:1/v1"));
        return BenchRequests::dump(url, QString::fromLocal8Bit(argv[2])) ? 0 : 1;
    }
    benchmark::RegisterBenchmark("overhead/synthesize", pairedOverhead, Operation::Synthesize)
        ->Iterations(requestCount())
        ->UseRealTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("overhead/transcribe", pairedOverhead, Operation::Transcribe)
        ->Iterations(requestCount())
        ->UseRealTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    runTeardowns();
    return 0;
}
