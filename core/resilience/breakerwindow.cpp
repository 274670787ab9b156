#include "core/resilience/breakerwindow.h"

#include <algorithm>

namespace vd {

void BreakerWindow::setCapacity(int capacity)
{
    const QList<BreakerCall> kept = calls();
    m_ring.assign(size_t(std::max(1, capacity)), BreakerCall{});
    assign(kept);
}

void BreakerWindow::clear()
{
    m_oldest = m_size = m_failed = m_slow = 0;
}

void BreakerWindow::assign(const QList<BreakerCall>& calls)
{
    clear();
    const qsizetype skip = std::max<qsizetype>(0, calls.size() - capacity());
    for (qsizetype i = skip; i < calls.size(); ++i)
        push(calls[i]);
}

QList<BreakerCall> BreakerWindow::calls() const
{
    QList<BreakerCall> out;
    out.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        out.append(m_ring[size_t((m_oldest + i) % capacity())]);
    return out;
}

} // namespace vd
