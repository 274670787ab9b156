#include "tests/support/mockserver/faultschedule.h"

namespace vd::test {

void FaultSchedule::set(Endpoint endpoint, const Fault& fault, int count)
{
    QList<Slot>& queue = m_queues[endpoint];
    queue.clear();
    if (count != 0 && fault.kind != Fault::Kind::None)
        queue.append({fault, count});
}

void FaultSchedule::enqueue(Endpoint endpoint, const Fault& fault, int count)
{
    if (count != 0)
        m_queues[endpoint].append({fault, count});
}

void FaultSchedule::clear() { m_queues.clear(); }

std::optional<Fault> FaultSchedule::take(Endpoint endpoint)
{
    auto own = m_queues.find(endpoint);
    if (own != m_queues.end() && !own->isEmpty())
        return takeFrom(*own);
    auto all = m_queues.find(Endpoint::All);
    if (all != m_queues.end() && !all->isEmpty())
        return takeFrom(*all);
    return std::nullopt;
}

std::optional<Fault> FaultSchedule::takeFrom(QList<Slot>& queue)
{
    Slot& slot = queue.first();
    const Fault fault = slot.fault;
    if (slot.remaining > 0 && --slot.remaining == 0)
        queue.removeFirst();
    if (fault.kind == Fault::Kind::None)
        return std::nullopt; // an explicit "answer normally" step in a queue
    return fault;
}

} // namespace vd::test
