#include "bench/gui/stallmonitor.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace vd::bench {

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Percentiles
{
    double max = 0.0;
    double p99 = 0.0;
    double p50 = 0.0;
    qsizetype overFrame = 0;
};

Percentiles percentiles(QList<double> values)
{
    Percentiles p;
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) {
        const qsizetype index = qsizetype(std::ceil(q * double(values.size()))) - 1;
        return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
    };
    p.max = values.constLast();
    p.p99 = at(0.99);
    p.p50 = at(0.50);
    p.overFrame = values.cend() - std::upper_bound(values.cbegin(), values.cend(), 16.0);
    return p;
}

} // namespace

StallMonitor::StallMonitor(std::chrono::milliseconds tick, QObject* parent) : QObject(parent), m_tick(tick)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_tick);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::onTick);
}

void StallMonitor::start()
{
    m_stallsMs.clear();
    m_cpuMs.clear();
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMonitor::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_runNs = m_clock.nsecsElapsed();
}

void StallMonitor::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_lastTickNs) / 1e6;
    m_lastTickNs = now;
    const qint64 cpu = threadCpuNs();
    m_cpuMs.append(double(cpu - m_lastCpuNs) / 1e6);
    m_lastCpuNs = cpu;
    m_stallsMs.append(std::max(0.0, gapMs - double(m_tick.count())));
}

StallMonitor::Summary StallMonitor::summary() const
{
    Summary s;
    s.ticks = m_stallsMs.size();
    s.seconds = double(m_timer.isActive() ? m_clock.nsecsElapsed() : m_runNs) / 1e9;
    const Percentiles wall = percentiles(m_stallsMs);
    s.maxStallMs = wall.max;
    s.p99StallMs = wall.p99;
    s.p50StallMs = wall.p50;
    s.stallsOverFrame = wall.overFrame;
    const Percentiles cpu = percentiles(m_cpuMs);
    s.maxCpuMs = cpu.max;
    s.p99CpuMs = cpu.p99;
    s.cpuOverFrame = cpu.overFrame;
    return s;
}

} // namespace vd::bench
