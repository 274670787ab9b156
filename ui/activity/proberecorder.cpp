#include "ui/activity/proberecorder.h"

#include "core/resilience/healthmonitor.h"
#include "ui/activity/activitylog.h"

namespace vd {

ProbeRecorder::ProbeRecorder(HealthMonitor& monitor, ActivityLog& activity, QObject* parent)
    : QObject(parent), m_monitor(monitor), m_activity(activity)
{
    connect(&m_monitor, &HealthMonitor::probeFinished, this, &ProbeRecorder::record);
}

void ProbeRecorder::record(const QString& provider, bool ok)
{
    ActivityEntry entry;
    entry.operation = ActivityEntry::Operation::Probe;
    entry.provider = provider;
    entry.ok = ok;
    entry.time = QDateTime::currentDateTimeUtc();
    std::optional<ErrorKind> kind;
    const SampleRing& ring = m_monitor.history(provider);
    // The monitor records the probe's sample just before it announces the probe.
    if (!ring.isEmpty() && ring.last().probe && ring.last().ok() == ok) {
        const HealthSample& sample = ring.last();
        entry.latencyMs = sample.latencyMs;
        entry.time = sample.time.addMSecs(-qint64(sample.latencyMs));
        kind = sample.error;
    }
    if (!ok) {
        QString message = m_monitor.summary(provider).lastError;
        if (message.isEmpty() || !kind)
            message = tr("%1 could not be probed: it is not configured or could not be created. "
                         "Check its settings and key on the Providers page.")
                          .arg(provider);
        entry.error = ProviderError::make(kind.value_or(ErrorKind::NotConfigured), message);
    }
    m_activity.record(std::move(entry));
}

} // namespace vd
