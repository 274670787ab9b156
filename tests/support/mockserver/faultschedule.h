#pragma once

#include "tests/support/mockserver/endpoint.h"
#include "tests/support/mockserver/fault.h"

#include <QHash>
#include <QList>

#include <optional>

namespace vd::test {

// Which fault the next request to an endpoint gets: a queue per endpoint of (fault, remaining
// uses), -1 uses meaning "always". An endpoint's own queue wins over the `Endpoint::All` queue.
class FaultSchedule
{
public:
    // Replaces the endpoint's queue with one fault for the next `count` requests (-1: always).
    void set(Endpoint endpoint, const Fault& fault, int count = -1);
    // Appends a fault after the ones already queued for the endpoint (e.g. 503, then 429, then OK).
    void enqueue(Endpoint endpoint, const Fault& fault, int count = 1);
    void clear();
    // The fault for the next request to `endpoint`, consuming one use; nullopt: answer normally.
    std::optional<Fault> take(Endpoint endpoint);

private:
    struct Slot
    {
        Fault fault;
        int remaining = -1;
    };
    std::optional<Fault> takeFrom(QList<Slot>& queue);

    QHash<Endpoint, QList<Slot>> m_queues;
};

} // namespace vd::test
