#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace vd::bench {

// Measures how long the thread's event loop is kept from running, the way a user feels it: a
// precise timer ticks every `tick`, and each tick records by how much it came later than asked
// (the stall: the loop was busy with something else, or the thread was not scheduled). The
// thread's CPU time between two ticks is recorded too: on a loaded machine the wall-clock stall
// includes time other processes had the CPU, the CPU-time figure is only the thread's own work.
// Lives on the measured thread; start() and stop() bracket the measurement.
class StallMonitor : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        qsizetype ticks = 0;
        double seconds = 0.0;
        double maxStallMs = 0.0;
        double p99StallMs = 0.0;
        double p50StallMs = 0.0;
        qsizetype stallsOverFrame = 0; // ticks later than one 60 Hz frame (16 ms)
        double maxCpuMs = 0.0;         // most CPU time the thread used between two ticks
        double p99CpuMs = 0.0;
        qsizetype cpuOverFrame = 0;
    };

    explicit StallMonitor(std::chrono::milliseconds tick = std::chrono::milliseconds(1),
                          QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    Summary summary() const;

private:
    void onTick();

    std::chrono::milliseconds m_tick;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = -1;
    qint64 m_lastCpuNs = 0;
    QList<double> m_stallsMs;
    QList<double> m_cpuMs;
    qint64 m_runNs = 0;
};

} // namespace vd::bench
