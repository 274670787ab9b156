// Per-request overhead of the core: a routed synthesize/transcribe through the whole runtime
// (registry, factory cache, breaker, health record, router, provider job, HTTP layer) versus a
// bare QNetworkAccessManager sending the same bytes to the same loopback mock. They are run
// alternately, request by request, so that load from other processes hits both alike; for
// transcription a third leg sends the form as a QHttpMultiPart (the Qt idiom) instead of the one
// byte array the core and the bare leg send.
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
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <ctime>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace vd;
using namespace vd::bench;

namespace {

constexpr int kWarmUp = 50;
// CPU per request is measured in blocks: each leg sends alone for a while, twice, and its clock
// runs on until the work its requests left behind is done (the history thread writes every
// 200 ms, the breaker and health state is saved a second after a change).
constexpr int kCpuBlocks = 2;
constexpr qint64 kCpuBlockMs = 2000;
constexpr int kCpuDrainMs = 1500;

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

// Waits for one bare request; `http2`, when set, is the protocol the leg must have used (its row
// names it).
bool awaitBare(benchmark::State& state, QNetworkReply* reply, std::optional<bool> http2 = {})
{
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

bool bare(benchmark::State& state, QNetworkAccessManager& network, const HttpCall& call,
          const Attributes& attributes = {}, std::optional<bool> http2 = {})
{
    return awaitBare(state, sendBare(network, call, attributes), http2);
}

// Process CPU time, all threads. The mock is another process, so this is the client's own cost,
// which waiting for a busy core does not inflate.
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

    double cpuPerRequestUs() const
    {
        return blockRequests > 0 ? double(blockCpuNs) / 1000.0 / blockRequests : 0.0;
    }

    const char* name;
    std::function<bool(benchmark::State&)> send;
    LatencySamples wall;
    qint64 lastWallNs = 0;
    qint64 blockCpuNs = 0;
    qint64 blockRequests = 0;
};

// Runs the event loop for `ms`, so that timers and posted work of past requests come due.
void drainFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Each leg's process CPU time per request (all threads: the transcription's audio is prepared on
// the pool, the history thread stores each request). Not timed request by request: the work a
// routed request leaves to other threads runs while the next request is timed, and interleaved
// legs billed it to the leg after the routed one (150-190 µs of each routed transcription went to
// the bare leg that followed it).
bool measureCpuPerRequest(benchmark::State& state, std::vector<Leg>& legs)
{
    for (int block = 0; block < kCpuBlocks; ++block) {
        for (Leg& leg : legs) {
            const qint64 cpuStart = processCpuNs();
            QElapsedTimer sending;
            sending.start();
            qint64 sent = 0;
            for (; sending.elapsed() < kCpuBlockMs; ++sent) {
                if (!leg.send(state))
                    return false;
            }
            drainFor(kCpuDrainMs);
            leg.blockCpuNs += processCpuNs() - cpuStart;
            leg.blockRequests += sent;
        }
    }
    return true;
}

// Sends every leg in turn, round after round; legs[0] - legs[1] is the paired difference. With
// `measureCpu`, each leg's CPU time per request is measured afterwards (measureCpuPerRequest).
void runLegs(benchmark::State& state, std::vector<Leg>& legs, bool measureCpu)
{
    // Connections opened, provider instance cached, code paths warm.
    for (int i = 0; i < kWarmUp; ++i) {
        for (Leg& leg : legs) {
            if (!leg.send(state))
                return;
        }
    }
    LatencySamples wallDifference;
    QElapsedTimer timer;
    // Each round sends every leg once, in a fresh random order: in a fixed cycle the same leg
    // would always follow the routed one and take the tail of its work (objects deleted on the
    // next trip through the event loop, the history thread's wake-up) into its own time.
    std::mt19937 random(20261206);
    std::vector<std::size_t> order(legs.size());
    std::iota(order.begin(), order.end(), 0);
    for (auto _ : state) {
        std::shuffle(order.begin(), order.end(), random);
        for (const std::size_t index : order) {
            Leg& leg = legs[index];
            timer.start();
            if (!leg.send(state))
                return;
            leg.lastWallNs = timer.nsecsElapsed();
            leg.wall.add(std::chrono::nanoseconds(leg.lastWallNs));
        }
        wallDifference.addMicros(double(legs[0].lastWallNs - legs[1].lastWallNs) / 1000.0);
    }
    // After the timed loop: Google Benchmark's clock has stopped.
    if (measureCpu && !measureCpuPerRequest(state, legs))
        return;
    for (const Leg& leg : legs) {
        leg.wall.report(state, leg.name);
        if (measureCpu)
            state.counters[std::string(leg.name) + "cpu_per_request_us"] = leg.cpuPerRequestUs();
    }
    state.counters["paired_diff_p50_us"] = wallDifference.median();
    if (measureCpu)
        state.counters["cpu_added_per_request_us"] = legs[0].cpuPerRequestUs() - legs[1].cpuPerRequestUs();
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
        const QList<FormPart> form = BenchRequests::transcriptionForm();
        legs.emplace_back("bare_multipart_", [&network, call, form](benchmark::State& s) {
            return awaitBare(s, sendBareMultipart(network, call, form));
        });
    }
    if (const QString only = qEnvironmentVariable("VD_BENCH_ONLY_LEG"); only == QLatin1String("routed"))
        legs[1] = legs[0];
    else if (only == QLatin1String("bare"))
        legs[0] = legs[1];
    runLegs(state, legs, true);
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
    runLegs(state, legs, false);
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
