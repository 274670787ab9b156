#pragma once

#include <QObject>

namespace vd {

class ActivityLog;
class HealthMonitor;

// Records every health probe (automatic, "Probe all now" and a provider's "Test") in the
// ActivityLog as a Probe entry, taking its latency and error from the sample the probe added to
// the monitor's history. Pages that start probes must not record them again.
class ProbeRecorder : public QObject
{
    Q_OBJECT

public:
    ProbeRecorder(HealthMonitor& monitor, ActivityLog& activity, QObject* parent = nullptr);

private:
    void record(const QString& provider, bool ok);

    HealthMonitor& m_monitor;
    ActivityLog& m_activity;
};

} // namespace vd
