// Per-request overhead of the core: a routed synthesize/transcribe through the whole runtime
// (registry, factory cache, breaker, health record, router, provider job, HTTP layer) versus a
// bare QNetworkAccessManager sending the same bytes to the same loopback mock. The two are run
// alternately, request by request, so that load from other processes hits both alike.
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
#include <memory>

using namespace vd;
using namespace vd::bench;

namespace {

constexpr int kWarmUp = 50;

enum class Operation { Synthesize, Transcribe };

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
    // Connections opened, provider instance cached, code paths warm.
    for (int i = 0; i < kWarmUp; ++i) {
        if (!bare(state, call) || !routed(state, operation))
            return;
    }
    LatencySamples bareSamples;
    LatencySamples routedSamples;
    LatencySamples difference;
    QElapsedTimer timer;
    bool routedFirst = false;
    for (auto _ : state) {
        qint64 bareNs = 0;
        qint64 routedNs = 0;
        for (int leg = 0; leg < 2; ++leg) {
            const bool doRouted = (leg == 0) == routedFirst;
            timer.start();
            if (doRouted ? !routed(state, operation) : !bare(state, call))
                return;
            (doRouted ? routedNs : bareNs) = timer.nsecsElapsed();
        }
        routedFirst = !routedFirst;
        bareSamples.add(std::chrono::nanoseconds(bareNs));
        routedSamples.add(std::chrono::nanoseconds(routedNs));
        difference.addMicros(double(routedNs - bareNs) / 1000.0);
    }
    bareSamples.report(state, "bare_");
    routedSamples.report(state, "routed_");
    state.counters["paired_diff_p50_us"] = difference.median();
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
        ->Iterations(requestCount())->UseRealTime()->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("overhead/transcribe", pairedOverhead, Operation::Transcribe)
        ->Iterations(requestCount())->UseRealTime()->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    runTeardowns();
    return 0;
}
