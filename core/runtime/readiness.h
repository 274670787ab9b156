#pragma once

#include <QObject>

namespace vd {

// Whether the Runtime has finished starting: the keychain answered and the persisted breakers and
// health were read. Pages that show credentials, health or provider choices wait for ready().
class Readiness : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isReady() const { return m_ready; }
    // The first call sets the flag and emits ready(); later calls do nothing.
    void markReady()
    {
        if (m_ready)
            return;
        m_ready = true;
        Q_EMIT ready();
    }

Q_SIGNALS:
    void ready();

private:
    bool m_ready = false;
};

} // namespace vd
