#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <memory>
#include <type_traits>
#include <utility>

namespace vd {

// Runs work on the global QThreadPool and hands its result back to a receiver's thread, with
// one posted event per result. A QFutureWatcher does the same with three or four events (started,
// result ready, finished), each a wake-up of the receiver's event loop, which a routed request
// paid on its way (issue #13). The receiver owns the handoff as a member: its destructor
// withdraws the receiver under the mutex the workers post under, so a late result is dropped
// instead of being posted to a dead object (and Qt removes events already posted to it).
class PoolHandoff
{
public:
    explicit PoolHandoff(QObject* receiver) : m_mailbox(std::make_shared<Mailbox>(receiver)) {}
    ~PoolHandoff() { m_mailbox->withdraw(); }
    PoolHandoff(const PoolHandoff&) = delete;
    PoolHandoff& operator=(const PoolHandoff&) = delete;

    // Calls `work()` on the pool, then `deliver(result)` on the receiver's thread, unless the
    // receiver is gone by then. `work` must hold everything it reads by value.
    template <typename Work, typename Deliver> void run(Work work, Deliver deliver)
    {
        QThreadPool::globalInstance()->start(
            [mailbox = m_mailbox, work = std::move(work), deliver = std::move(deliver)]() mutable {
                mailbox->post([deliver = std::move(deliver), result = work()]() mutable {
                    deliver(std::move(result));
                });
            });
    }

private:
    class Mailbox
    {
    public:
        explicit Mailbox(QObject* receiver) : m_receiver(receiver) {}

        void withdraw()
        {
            QMutexLocker locker(&m_mutex);
            m_receiver = nullptr;
        }

        template <typename Call> void post(Call call)
        {
            QMutexLocker locker(&m_mutex);
            if (m_receiver)
                QMetaObject::invokeMethod(m_receiver, std::move(call), Qt::QueuedConnection);
        }

    private:
        QMutex m_mutex;
        QObject* m_receiver;
    };

    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace vd
