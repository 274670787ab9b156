#include "ui/providers/providertester.h"

#include "core/resilience/healthmonitor.h"
#include "core/resilience/providerdirectory.h"
#include "core/resilience/resiliencestate.h"
#include "ui/uilog.h"

namespace vd {

ProviderTester::ProviderTester(HealthMonitor& monitor, ProviderDirectory& providers, ResilienceState& state,
                               QObject* parent)
    : QObject(parent), m_monitor(monitor), m_providers(providers), m_state(state)
{
    connect(&m_monitor, &HealthMonitor::probeFinished, this, &ProviderTester::onProbeFinished);
}

bool ProviderTester::test(const QString& name)
{
    if (m_runs.contains(name))
        return false;
    Run run;
    run.timer.start();
    m_runs.insert(name, run);
    qCInfo(lcUiProviders) << "testing" << name;
    // When the provider cannot be probed (not configured), probe() still reports through
    // probeFinished(name, false), queued, so both outcomes arrive the same way.
    (void)m_monitor.probe(name);
    return true;
}

// probeFinished carries no error: it is in the provider's health record (the probe's sample),
// or, when no probe could start, in why the provider is unavailable.
ProviderError ProviderTester::errorOf(const QString& name)
{
    const std::optional<RouteCandidate> candidate = m_providers.candidate(name);
    if (!candidate)
        return ProviderError::make(ErrorKind::BadRequest, tr("%1 is not a known provider.").arg(name));
    if (!candidate->configured || !candidate->instance)
        return candidate->unavailable;
    const ProviderHealth& health = m_state.health(name);
    const SampleRing& history = health.history();
    const ErrorKind kind =
        !history.isEmpty() && history.last().error ? *history.last().error : ErrorKind::Network;
    return ProviderError::make(kind, health.lastError());
}

void ProviderTester::onProbeFinished(const QString& name, bool ok)
{
    const auto it = m_runs.constFind(name);
    if (it == m_runs.constEnd())
        return;
    const Run run = *it;
    m_runs.erase(it);

    const double latencyMs = double(run.timer.nsecsElapsed()) / 1e6;
    QString text;
    if (ok) {
        text = tr("Test passed: the provider answered in %1 ms.").arg(qRound(latencyMs));
    } else {
        const ProviderError error = errorOf(name);
        text = tr("Test failed: %1").arg(error.shownText());
    }
    qCInfo(lcUiProviders) << "test of" << name << (ok ? "passed" : "failed");
    Q_EMIT finished(name, ok, text);
}

} // namespace vd
