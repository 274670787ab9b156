#pragma once

#include "core/model/errorkind.h"
#include "core/model/providerjob.h"
#include "core/resilience/routingtrace.h"
#include "tests/reliability/mockruntime.h"
#include "tests/reliability/tlsloopbackserver.h"

#include <QList>
#include <memory>
#include <optional>

namespace vd::test {

// The faults of issue #7, each played by the mock server, a closed port or the TLS server.
enum class MatrixFault
{
    Refused,
    ResetMidBody,
    Hang,
    SlowDrip,
    Truncated,
    InvalidJson,
    WrongContentType,
    WrongShape,
    EmptyResult,
    Oversized,
    OversizedChunked,
    CompressionBomb,
    Http401,
    Http403,
    Http404,
    Http413,
    Http429RetryAfter,
    Http429,
    Http500,
    Http503,
    TlsSelfSigned,
};

// What one fault must produce on a named provider with routing.max_retries 1.
struct FaultExpectation
{
    MatrixFault fault;
    const char* name;
    ErrorKind kind;
    int attempts;            // routed attempts on the provider (2 = retried once)
    const char* messageHint; // what the message must name so that the user can act on it
};

// routing.attempt_timeout_ms for a cell. Hang and slow drip are cut by that timer, so it is what
// those cells test and it stays short (kAttemptTimeoutMs). Every other fault ends on its own
// (an error status, a reset, the size cap), and the timer only guards against a hung test: it is
// kGuardTimeoutMs, far above what a healthy loopback answer takes even under ASan on a loaded
// machine, so the cell's verdict never depends on how busy the machine is.
int attemptTimeoutMsFor(MatrixFault fault);

const QList<FaultExpectation>& faultMatrix();
// Whether the fault is played by the mock (refused and TLS never reach it).
bool reachesMock(MatrixFault fault);

// A mock server, a TLS server with a self-signed certificate and a MockRuntime over them: puts
// one fault on one provider, builds the runtime and routes one request.
class FaultMatrixRig
{
public:
    static constexpr int kAttemptTimeoutMs = 500;
    static constexpr int kGuardTimeoutMs = 10000;
    static constexpr int kDeadlineMs = 15000; // more for faults that need long attempts

    bool listen();
    MockProviderServer& server() { return m_server; }
    TlsLoopbackServer& tls() { return m_tls; }
    MockRuntime& runtime() { return *m_rig; }

    // A fresh MockRuntime with the matrix's routing and breaker sections.
    void prepare(const FaultExpectation& expected, int maxRetries, int consecutiveFailures);
    void applyFault(MatrixFault fault, const QString& provider);
    // Starts a routed STT or TTS request (named: that provider only), waits for it within the
    // deadline and counts its finished signals; the job is the caller's.
    ProviderJob* route(bool stt, const QString& named, int* finishedCount);
    void release() { m_rig.reset(); }

    static const RoutingTrace& traceOf(ProviderJob* job);
    // QTest data: provider × fault row index (only STT or only TTS providers when given).
    static void addRows(std::optional<bool> stt = std::nullopt);
    // The named-provider check of one matrix cell (QTest macros: the caller just returns after it).
    void checkNamedProvider(const QString& provider, int row);
    int casesRun() const { return m_cases; }

private:
    MockProviderServer m_server;
    TlsLoopbackServer m_tls;
    std::unique_ptr<MockRuntime> m_rig;
    int m_deadlineMs = kDeadlineMs;
    int m_cases = 0;
};

} // namespace vd::test
