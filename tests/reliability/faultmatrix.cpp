#include "tests/reliability/faultmatrix.h"

#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"

#include <QSignalSpy>
#include <QTest>

namespace vd::test {

const QList<FaultExpectation>& faultMatrix()
{
    // Retryable kinds are retried once; the rest are not. Hints are what the message must name.
    static const QList<FaultExpectation> matrix{
        {MatrixFault::Refused, "connection refused", ErrorKind::Network, 2, "refused the connection"},
        {MatrixFault::ResetMidBody, "reset mid-body", ErrorKind::Network, 2, "cut off"},
        {MatrixFault::Hang, "hang", ErrorKind::Timeout, 2, "routing.attempt_timeout_ms"},
        {MatrixFault::SlowDrip, "slow drip", ErrorKind::Timeout, 2, "routing.attempt_timeout_ms"},
        {MatrixFault::Truncated, "truncated body", ErrorKind::Network, 2, "cut off"},
        {MatrixFault::InvalidJson, "invalid JSON", ErrorKind::InvalidResponse, 1, ""},
        {MatrixFault::WrongContentType, "wrong content type", ErrorKind::InvalidResponse, 1, ""},
        {MatrixFault::WrongShape, "wrong shape", ErrorKind::InvalidResponse, 1, ""},
        {MatrixFault::EmptyResult, "empty result", ErrorKind::InvalidResponse, 1, ""},
        {MatrixFault::Oversized, "oversized body", ErrorKind::InvalidResponse, 1, "cap"},
        {MatrixFault::OversizedChunked, "oversized chunked body", ErrorKind::InvalidResponse, 1, "cap"},
        {MatrixFault::CompressionBomb, "compression bomb", ErrorKind::InvalidResponse, 1, "compression bomb"},
        {MatrixFault::Http401, "401", ErrorKind::Auth, 1, "key"},
        {MatrixFault::Http403, "403", ErrorKind::Auth, 1, ""},
        {MatrixFault::Http404, "404", ErrorKind::BadRequest, 1, "base_url"},
        {MatrixFault::Http413, "413", ErrorKind::TooLarge, 1, ""},
        {MatrixFault::Http429RetryAfter, "429 with Retry-After", ErrorKind::RateLimited, 2, ""},
        {MatrixFault::Http429, "429 without Retry-After", ErrorKind::RateLimited, 2, ""},
        {MatrixFault::Http500, "500", ErrorKind::Server, 2, ""},
        {MatrixFault::Http503, "503", ErrorKind::Server, 2, ""},
        {MatrixFault::TlsSelfSigned, "TLS self-signed", ErrorKind::Network, 2, "TLS"},
    };
    return matrix;
}

bool reachesMock(MatrixFault fault)
{
    return fault != MatrixFault::Refused && fault != MatrixFault::TlsSelfSigned;
}

int attemptTimeoutMsFor(MatrixFault fault)
{
    const bool cutByTimer = fault == MatrixFault::Hang || fault == MatrixFault::SlowDrip;
    return cutByTimer ? FaultMatrixRig::kAttemptTimeoutMs : FaultMatrixRig::kGuardTimeoutMs;
}

bool FaultMatrixRig::listen()
{
    MockRuntime::setEnvironmentKeys("test-key");
    return m_server.listen() && m_tls.listenWithSelfSignedCertificate();
}

void FaultMatrixRig::prepare(const FaultExpectation& expected, int maxRetries, int consecutiveFailures)
{
    const int attemptTimeoutMs = attemptTimeoutMsFor(expected.fault);
    m_rig.reset();
    m_server.reset();
    m_rig = std::make_unique<MockRuntime>(m_server);
    // Each of a category's three cloud providers gets a third of the deadline at most (deadline
    // shares, docs/ARCHITECTURE.md): a fault that needs a long attempt needs a longer deadline.
    m_deadlineMs = std::max(kDeadlineMs, 3 * attemptTimeoutMs + kDeadlineMs / 3);
    m_rig->setSection(QStringLiteral("routing"), QJsonObject{{"attempt_timeout_ms", attemptTimeoutMs},
                                                             {"request_deadline_ms", m_deadlineMs},
                                                             {"max_retries", maxRetries}});
    m_rig->setSection(QStringLiteral("breaker"), QJsonObject{{"consecutive_failures", consecutiveFailures}});
}

void FaultMatrixRig::applyFault(MatrixFault fault, const QString& provider)
{
    const Endpoint endpoint = mainEndpoint(provider);
    switch (fault) {
    case MatrixFault::Refused:
        m_rig->overrideBaseUrl(provider, MockProviderServer::refusingUrl());
        return;
    case MatrixFault::TlsSelfSigned:
        m_rig->overrideBaseUrl(provider, m_tls.baseUrl());
        return;
    case MatrixFault::ResetMidBody:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::ResetMidBody));
    case MatrixFault::Hang:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::Hang));
    case MatrixFault::SlowDrip: // bytes keep moving (no idle stall), the answer never completes in time
        return m_server.setFault(endpoint, Fault::slowDrip(kAttemptTimeoutMs * 6));
    case MatrixFault::Truncated:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::TruncatedBody));
    case MatrixFault::InvalidJson:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::InvalidJson));
    case MatrixFault::WrongContentType:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::WrongContentType));
    case MatrixFault::WrongShape:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::WrongShape));
    case MatrixFault::EmptyResult:
        return m_server.setFault(endpoint, Fault::of(Fault::Kind::EmptyResult));
    case MatrixFault::Oversized: // announced in Content-Length: refused before reading
        return m_server.setFault(endpoint, Fault::oversized(512LL * 1024 * 1024));
    case MatrixFault::OversizedChunked:
        return m_server.setFault(endpoint, Fault::oversized(512LL * 1024 * 1024, true));
    case MatrixFault::CompressionBomb: // 128 MiB inflated: past the JSON and audio caps
        return m_server.setFault(endpoint, Fault::compressionBomb(128LL * 1024 * 1024));
    case MatrixFault::Http401:
        return m_server.setFault(endpoint, Fault::httpError(401));
    case MatrixFault::Http403:
        return m_server.setFault(endpoint, Fault::httpError(403));
    case MatrixFault::Http404:
        return m_server.setFault(endpoint, Fault::httpError(404));
    case MatrixFault::Http413:
        return m_server.setFault(endpoint, Fault::httpError(413));
    case MatrixFault::Http429RetryAfter:
        return m_server.setFault(endpoint, Fault::httpError(429).withRetryAfter("1"));
    case MatrixFault::Http429:
        return m_server.setFault(endpoint, Fault::httpError(429));
    case MatrixFault::Http500:
        return m_server.setFault(endpoint, Fault::httpError(500));
    case MatrixFault::Http503:
        return m_server.setFault(endpoint, Fault::httpError(503));
    }
}

ProviderJob* FaultMatrixRig::route(bool stt, const QString& named, int* finishedCount)
{
    Router& router = m_rig->runtime()->router();
    ProviderJob* job = nullptr;
    if (stt)
        job = router.transcribe(
            TranscriptionRequest{oneSecondTone(), QStringLiteral("en-US"), QStringLiteral("tone.wav")},
            named);
    else
        job = router.synthesize(
            SynthesisRequest{QStringLiteral("Turn on the lights."), {}, QStringLiteral("en-US"), 1.0, {}},
            named);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    // The bound is the property under test: nothing may hang past the request deadline.
    if (finished.wait(m_deadlineMs + 5000))
        QTest::qWait(20); // a duplicate finished signal would arrive here
    *finishedCount = int(finished.count());
    return job;
}

const RoutingTrace& FaultMatrixRig::traceOf(ProviderJob* job)
{
    if (auto* stt = qobject_cast<RoutedTranscribeJob*>(job))
        return stt->trace();
    return static_cast<RoutedSynthesizeJob*>(job)->trace();
}

void FaultMatrixRig::addRows(std::optional<bool> stt)
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("row");
    for (const QString& provider : cloudProviderNames()) {
        if (stt && isSttProvider(provider) != *stt)
            continue;
        for (int i = 0; i < faultMatrix().size(); ++i)
            QTest::addRow("%s %s", qPrintable(provider), faultMatrix().at(i).name) << provider << i;
    }
}

void FaultMatrixRig::checkNamedProvider(const QString& provider, int row)
{
    const FaultExpectation& expected = faultMatrix().at(row);
    prepare(expected, 1, 2);
    applyFault(expected.fault, provider);
    QVERIFY(m_rig->build());
    const bool stt = isSttProvider(provider);
    int finishedCount = 0;
    std::unique_ptr<ProviderJob> job(route(stt, provider, &finishedCount));
    QCOMPARE(finishedCount, 1);
    ++m_cases;

    if (expected.fault == MatrixFault::EmptyResult && stt) {
        // "Nothing recognised" is a valid speech-to-text answer (Google omits `results`).
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        QCOMPARE(static_cast<RoutedTranscribeJob*>(job.get())->transcript().text, QString());
        return;
    }
    QVERIFY2(job->hasError(), "the fault must fail the request");
    const ProviderError& error = job->error();
    QVERIFY2(
        error.kind == expected.kind,
        qPrintable(QStringLiteral("expected %1, got %2").arg(errorKindName(expected.kind), error.summary())));
    QVERIFY2(error.message.size() > 20, qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String(expected.messageHint), Qt::CaseInsensitive),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1String("test-key")));

    // Retries: the trace and (when the mock was reached) the mock agree on the attempts.
    QCOMPARE(traceOf(job.get()).attempts().size(), expected.attempts);
    if (reachesMock(expected.fault))
        QCOMPARE(m_server.requestCount(mainEndpoint(provider)), expected.attempts);
    if (expected.fault == MatrixFault::Http429RetryAfter) {
        QVERIFY(error.retryAfter.has_value());
        QCOMPARE(error.retryAfter->count(), 1000);
    }

    // Breaker and attention: request faults count neither way (countsAgainstProvider); auth needs the user.
    ResilienceState& state = m_rig->runtime()->resilience();
    const int failures = countsAgainstProvider(expected.kind) ? expected.attempts : 0;
    QCOMPARE(state.health(provider).totalFailures(), failures);
    QCOMPARE(state.breaker(provider)->state(), failures >= 2 ? BreakerState::Open : BreakerState::Closed);
    QCOMPARE(state.needsAttention(provider), needsAttention(expected.kind));
    QCOMPARE(m_server.violations(), QStringList{});
}

} // namespace vd::test
