#include "core/resilience/healthmonitor.h"

#include "core/corelog.h"
#include "core/model/jobs.h"
#include "core/resilience/providerdirectory.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/roundtripprobejob.h"

#include <QRandomGenerator>

namespace vd {

using std::chrono::milliseconds;

HealthMonitor::HealthMonitor(ResilienceState& state, ProviderDirectory& directory, QObject* parent)
    : QObject(parent), m_state(state), m_directory(directory),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        probeAll();
        scheduleNext();
    });
    connect(&m_state, &ResilienceState::healthChanged, this, [this](const QString& name) {
        Q_EMIT healthChanged(name);
        Q_EMIT summaryChanged(name, m_state.summary(name));
    });
    connect(&m_state, &ResilienceState::sampleAdded, this, &HealthMonitor::sampleAdded);
}

HealthMonitor::~HealthMonitor()
{
    for (const QPointer<ProbeJob>& job : std::as_const(m_inFlight)) {
        if (job)
            job->disconnect(this);
    }
}

HealthStatus HealthMonitor::status(const QString& name)
{
    return m_state.status(name);
}

HealthInfo HealthMonitor::summary(const QString& name)
{
    return m_state.summary(name);
}

LatencyStats HealthMonitor::latency(const QString& name)
{
    return m_state.health(name).latency();
}

const SampleRing& HealthMonitor::history(const QString& name)
{
    return m_state.health(name).history();
}

QList<HealthSample> HealthMonitor::samplesSince(const QString& name, const QDateTime& since)
{
    return history(name).since(since);
}

void HealthMonitor::clearAttention(const QString& name)
{
    m_state.clearAttention(name);
}

void HealthMonitor::probeAll()
{
    // Collect first, then start: every probe is in flight before the first can answer.
    QList<RouteCandidate> eligible;
    for (ProviderCategory category : {ProviderCategory::Stt, ProviderCategory::Tts}) {
        for (const RouteCandidate& c : m_directory.candidates(category)) {
            if (!c.info.enabled || !c.configured || !c.instance || m_state.needsAttention(c.info.name) ||
                m_inFlight.contains(c.info.name)) {
                qCDebug(lcHealth) << "not probing" << c.info.name;
                continue;
            }
            if (const auto spent = probeBudgetExhausted(c)) {
                qCInfo(lcHealth) << "not probing" << c.info.name << *spent;
                Q_EMIT probeSkipped(c.info.name, *spent);
                continue;
            }
            eligible.append(c);
        }
    }
    for (const RouteCandidate& c : std::as_const(eligible))
        startProbe(c.info.name, makeProbe(c));
}

ProbeJob* HealthMonitor::makeProbe(const RouteCandidate& candidate)
{
    if (candidate.qualityProbe) {
        if (auto stt = std::dynamic_pointer_cast<SpeechToTextProvider>(candidate.instance))
            return RoundTripProbeJob::transcription(std::move(stt), m_state.clock(), this);
        if (auto tts = std::dynamic_pointer_cast<TextToSpeechProvider>(candidate.instance))
            return RoundTripProbeJob::speech(std::move(tts), recogniser(), m_state.clock(), this);
    }
    return candidate.instance->probe(this);
}

std::shared_ptr<SpeechToTextProvider> HealthMonitor::recogniser()
{
    // The first STT provider routing would pick: enabled, set up, and not known to be failing.
    for (const RouteCandidate& c : m_directory.candidates(ProviderCategory::Stt)) {
        if (c.info.enabled && m_state.status(c.info.name) != HealthStatus::Unhealthy) {
            if (auto stt = std::dynamic_pointer_cast<SpeechToTextProvider>(c.instance))
                return stt;
        }
    }
    return nullptr;
}

std::optional<QString> HealthMonitor::probeBudgetExhausted(const RouteCandidate& candidate)
{
    if (!candidate.probeBudget.isLimited())
        return std::nullopt;
    const SampleRing& spent = history(candidate.info.name);
    return candidate.probeBudget.exhausted(ProbeBudget::usage(spent, m_state.clock().wallNow().toUTC()));
}

bool HealthMonitor::probe(const QString& name)
{
    if (m_inFlight.contains(name))
        return true;
    const auto c = m_directory.candidate(name);
    if (!c || !c->configured || !c->instance) {
        if (c) // known but not probe-able: say so the usual way, through the event loop
            QMetaObject::invokeMethod(
                this, [this, name] { Q_EMIT probeFinished(name, false); }, Qt::QueuedConnection);
        return false;
    }
    startProbe(name, makeProbe(*c));
    return true;
}

void HealthMonitor::startProbe(const QString& name, ProbeJob* job)
{
    const auto started = m_state.clock().now();
    m_inFlight.insert(name, job);
    Q_EMIT probeStarted(name);
    const int timeoutMs = m_state.healthSettings().probeTimeoutMs;
    auto* timeout = new QTimer(job);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, job, [job, timeoutMs] {
        job->abort(ProviderError::make(
            ErrorKind::Timeout,
            tr("The health check got no answer in %1 ms (health.probe_timeout_ms).").arg(timeoutMs)));
    });
    connect(job, &ProviderJob::finished, this, [this, name, started, job] {
        m_inFlight.remove(name);
        const auto latency = job->providerLatency().value_or(
            std::chrono::duration_cast<milliseconds>(m_state.clock().now() - started));
        std::optional<ProviderError> error;
        if (job->hasError())
            error = job->error();
        qCDebug(lcHealth) << "probe" << name << (error ? error->summary() : QStringLiteral("ok"))
                          << job->detail();
        m_state.recordProbe(name, error, latency, job->wer());
        RequestRecord record;
        record.time = m_state.clock().wallNow().toUTC();
        record.operation = RequestRecord::kProbe;
        record.provider = name;
        record.outcome = !error                                ? QStringLiteral("ok")
                         : error->kind == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                               : QStringLiteral("failed");
        if (error) {
            record.errorKind = errorKindName(error->kind);
            record.errorMessage = error->message;
        }
        record.latencyMs = double(latency.count());
        record.attempts = 1;
        Q_EMIT probeRecorded(record);
        Q_EMIT probeFinished(name, !error);
    });
    timeout->start(timeoutMs);
    job->start();
}

void HealthMonitor::startProbing()
{
    scheduleNext();
}

void HealthMonitor::stopProbing()
{
    m_timer.stop();
}

milliseconds HealthMonitor::nextProbeDelay() const
{
    const double base = 1000.0 * std::max(1, m_state.healthSettings().probeIntervalSeconds);
    return milliseconds(qint64(base * (0.9 + 0.2 * std::clamp(m_random(), 0.0, 1.0))));
}

void HealthMonitor::scheduleNext()
{
    m_timer.start(nextProbeDelay());
}

} // namespace vd
