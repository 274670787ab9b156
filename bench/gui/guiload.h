#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace vd {
class ActivityLog;
class Runtime;
} // namespace vd

namespace vd::bench {

// The work the GUI stall benchmark puts on the window's thread: routed transcriptions and
// syntheses (through the slow provider first), direct requests to a fast and a failing provider,
// and "probe all" rounds, each finished request recorded in the ActivityLog as the pages do.
class GuiLoad : public QObject
{
    Q_OBJECT

public:
    GuiLoad(Runtime& runtime, ActivityLog& activity, QObject* parent = nullptr);

    void start();
    // Stops starting new work; requests in flight still finish.
    void stop();
    int inFlight() const { return m_inFlight; }
    int finishedRequests() const { return m_finished; }
    int probeRounds() const { return m_probeRounds; }

    // Called every few seconds while running, e.g. to switch the charts' range.
    void setPeriodicAction(std::function<void()> action) { m_periodic = std::move(action); }

private:
    void transcribe(const QString& provider);
    void synthesize(const QString& provider);
    void every(int ms, std::function<void()> work);

    Runtime& m_runtime;
    ActivityLog& m_activity;
    QList<QTimer*> m_timers;
    std::function<void()> m_periodic;
    int m_inFlight = 0;
    int m_finished = 0;
    int m_probeRounds = 0;
};

} // namespace vd::bench
