// Per-request overhead of the core: a routed synthesize/transcribe through the whole runtime
// (registry, factory cache, breaker, health record, router, provider job, HTTP layer) versus a
// bare QNetworkAccessManager sending the same bytes to the same loopback mock. They are run
// alternately, request by request, so that load from other processes hits both alike; for
// transcription a third leg sends the multipart form as one byte array instead of QHttpMultiPart.
// The same transcription is also sent over HTTPS, as to the vendors (routed, and bare with h2
// and with HTTP/1.1 by ALPN), and over cleartext HTTP/2 with prior knowledge (issue #13), to the
// loopback peers of uploadpeers.h.
//
//   vd-bench-overhead [benchmark flags]
//   vd-bench-overhead --dump-requests DIR   write the request bodies for the Node SDK and wrk
//
// VD_BENCH_ONLY_LEG=routed|bare sends only that leg of synthesize/transcribe (in both slots, so the
// paired figures mean nothing): for counting one leg's system calls per request with `strace -f -c`.

#include "bench/requests/overheadfixture.h"
#include "bench/requests/uploadpeers.h"
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
#include <optional>
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

using Attributes = QHash<QNetworkRequest::Attribute, QVariant>;

// One routed request; false (and the error skips the benchmark) when it failed.
bool routed(benchmark::State& state, Router& router, Operation operation)
{
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

// One bare request; `http2`, when set, is the protocol the leg must have used (its row names it).
bool bare(benchmark::State& state, QNetworkAccessManager& network, const HttpCall& call,
          const Attributes& attributes = {}, std::optional<bool> http2 = {})
{
    QNetworkReply* reply = sendBare(network, call, attributes);
    waitFor(reply);
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool usedHttp2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QString error = reply->errorString();
    reply->deleteLater();
    if (status != 200 || body.isEmpty()) {
        state.SkipWithError(
            qPrintable(QStringLiteral("bare request answered HTTP %1 (%2)").arg(status).arg(error)));
        return false;
    }
    if (http2 && *http2 != usedHttp2) {
        state.SkipWithError(usedHttp2 ? "the request went over HTTP/2, not HTTP/1.1"
                                      : "the request went over HTTP/1.1, not HTTP/2");
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
    Leg(const char* legName, std::function<bool(benchmark::State&)> sender)
        : name(legName), send(std::move(sender))
    {}

    const char* name;
    std::function<bool(benchmark::State&)> send;
    LatencySamples wall;
    LatencySamples cpu;
    qint64 lastWallNs = 0;
    qint64 lastCpuNs = 0;
};

// Sends every leg in turn, round after round; legs[0] - legs[1] is the paired difference.
void runLegs(benchmark::State& state, std::vector<Leg>& legs)
{
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

void pairedOverhead(benchmark::State& state, Operation operation)
{
    OverheadFixture& fixture = OverheadFixture::instance();
    if (const QString failure = fixture.failure(); !failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
        return;
    }
    Router& router = fixture.runtime->runtime().router();
    QNetworkAccessManager& network = fixture.bare;
    const QUrl url = fixture.mock.openAiUrl();
    const HttpCall call = operation == Operation::Synthesize ? BenchRequests::speechCall(url)
                                                             : BenchRequests::transcriptionCall(url);
    std::vector<Leg> legs;
    legs.emplace_back("routed_",
                      [&router, operation](benchmark::State& s) { return routed(s, router, operation); });
    legs.emplace_back("bare_", [&network, call](benchmark::State& s) { return bare(s, network, call); });
    if (operation == Operation::Transcribe) {
        const HttpCall bytes = BenchRequests::withMultipartAsBytes(call);
        legs.emplace_back("bare_bytes_",
                          [&network, bytes](benchmark::State& s) { return bare(s, network, bytes); });
    }
    if (const QString only = qEnvironmentVariable("VD_BENCH_ONLY_LEG"); only == QLatin1String("routed"))
        legs[1] = legs[0];
    else if (only == QLatin1String("bare"))
        legs[0] = legs[1];
    runLegs(state, legs);
}

// The transcription upload over HTTPS (Qt's default for https: h2 by ALPN, as the vendors
// answer), the bare request over h2 and over HTTP/1.1, and over h2c (prior knowledge).
void httpsUpload(benchmark::State& state)
{
    UploadPeers& peers = UploadPeers::instance();
    if (const QString failure = peers.failure(); !failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
        return;
    }
    Router& router = peers.runtime->runtime().router();
    QNetworkAccessManager& network = peers.bare;
    const HttpCall call = BenchRequests::transcriptionCall(peers.tlsUrl);
    const Attributes http1{{QNetworkRequest::Http2AllowedAttribute, false}};
    std::vector<Leg> legs;
    legs.emplace_back("routed_",
                      [&router](benchmark::State& s) { return routed(s, router, Operation::Transcribe); });
    legs.emplace_back("bare_",
                      [&network, call](benchmark::State& s) { return bare(s, network, call, {}, true); });
    legs.emplace_back("bare_http1_", [&network, call, http1](benchmark::State& s) {
        return bare(s, network, call, http1, false);
    });
    if (peers.h2cUrl.isValid()) {
        const HttpCall cleartext = BenchRequests::transcriptionCall(peers.h2cUrl);
        const Attributes direct{{QNetworkRequest::Http2DirectAttribute, true}};
        legs.emplace_back("bare_h2c_", [&network, cleartext, direct](benchmark::State& s) {
            return bare(s, network, cleartext, direct, true);
        });
    }
    runLegs(state, legs);
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
    benchmark::RegisterBenchmark("overhead/transcribe_https", httpsUpload)
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
