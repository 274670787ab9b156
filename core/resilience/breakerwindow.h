#pragma once

#include "core/resilience/breakerstate.h"

#include <QList>
#include <vector>

namespace vd {

// A circuit breaker's count-based sliding window: the last `capacity` call outcomes, oldest
// first, with running counts of failed and slow calls. Recording a call is O(1) whatever the
// window size (it used to recount the window on every call: issue #13, the breaker benchmark).
class BreakerWindow
{
public:
    explicit BreakerWindow(int capacity = 1) { setCapacity(capacity); }

    // Keeps the newest calls that fit (at least one).
    void setCapacity(int capacity);
    int capacity() const { return int(m_ring.size()); }

    // Inline: the breaker records every call through here.
    void push(BreakerCall call)
    {
        const int capacity = int(m_ring.size());
        if (m_size < capacity) {
            const int slot = m_oldest + m_size;
            m_ring[size_t(slot < capacity ? slot : slot - capacity)] = call;
            ++m_size;
        } else {
            count(m_ring[size_t(m_oldest)], -1);
            m_ring[size_t(m_oldest)] = call;
            m_oldest = m_oldest + 1 < capacity ? m_oldest + 1 : 0;
        }
        count(call, +1);
    }
    void clear();
    // Replaces the window; keeps the newest calls that fit.
    void assign(const QList<BreakerCall>& calls);

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    int failed() const { return m_failed; }
    int slow() const { return m_slow; }
    QList<BreakerCall> calls() const; // oldest first

private:
    void count(BreakerCall call, int delta)
    {
        m_failed += call.failed ? delta : 0;
        m_slow += call.slow ? delta : 0;
    }

    std::vector<BreakerCall> m_ring;
    int m_oldest = 0;
    int m_size = 0;
    int m_failed = 0;
    int m_slow = 0;
};

} // namespace vd
