#include "core/resilience/samplering.h"

#include <algorithm>

namespace vd {

SampleRing::SampleRing(int capacity) : m_capacity(std::max(1, capacity)) {}

const HealthSample& SampleRing::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return m_buffer.at((m_start + index) % m_capacity);
}

void SampleRing::append(const HealthSample& sample)
{
    if (m_buffer.size() < m_capacity) {
        m_buffer.append(sample);
        ++m_size;
        return;
    }
    m_buffer[(m_start + m_size) % m_capacity] = sample;
    if (m_size < m_capacity)
        ++m_size;
    else
        m_start = (m_start + 1) % m_capacity;
}

void SampleRing::setLastStatus(HealthStatus status)
{
    Q_ASSERT(m_size > 0);
    m_buffer[(m_start + m_size - 1) % m_capacity].status = status;
}

void SampleRing::pruneBefore(const QDateTime& cutoff)
{
    const int drop = indexAtOrAfter(cutoff);
    m_start = (m_start + drop) % m_capacity;
    m_size -= drop;
    if (m_size == 0) {
        m_buffer.clear();
        m_start = 0;
    } else if (m_buffer.size() < m_capacity) {
        // Still growing linearly: keep the invariant that live samples end at m_buffer.size().
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
}

void SampleRing::clear()
{
    m_buffer.clear();
    m_start = 0;
    m_size = 0;
}

int SampleRing::indexAtOrAfter(const QDateTime& time) const
{
    if (!time.isValid())
        return 0;
    int lo = 0;
    int hi = m_size;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (at(mid).time < time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QList<HealthSample> SampleRing::since(const QDateTime& time) const
{
    QList<HealthSample> result;
    const int first = indexAtOrAfter(time);
    result.reserve(m_size - first);
    for (int i = first; i < m_size; ++i)
        result.append(at(i));
    return result;
}

} // namespace vd
