#include "core/model/providerjob.h"

#include <QMetaObject>
#include <QScopedValueRollback>

namespace vd {

ProviderJob::ProviderJob(QObject* parent) : QObject(parent) {}

ProviderJob::~ProviderJob() = default;

const ProviderError& ProviderJob::error() const
{
    return m_error ? *m_error : noError();
}

const ProviderError& ProviderJob::noError()
{
    static const ProviderError none = ProviderError::make(ErrorKind::Network, QStringLiteral("no error"));
    return none;
}

void ProviderJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (startsAtOnce()) {
        runStart();
        return;
    }
    // Starting from the event loop keeps `finished` asynchronous even when doStart() fails at once.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finishQueued)
                doStart();
        },
        Qt::QueuedConnection);
}

void ProviderJob::startNow()
{
    if (m_started)
        return;
    m_started = true;
    m_finishAtOnce = true;
    runStart();
}

void ProviderJob::runStart()
{
    const QScopedValueRollback inCall(m_inCall, true);
    doStart();
}

void ProviderJob::cancel()
{
    abort(ProviderError::make(ErrorKind::Cancelled, tr("The request was cancelled.")));
}

void ProviderJob::abort(const ProviderError& error)
{
    if (m_finishQueued)
        return;
    const QScopedValueRollback inCall(m_inCall, true);
    doCancel();
    emitError(error);
}

void ProviderJob::emitResult()
{
    if (m_finishQueued)
        return;
    finish();
}

void ProviderJob::emitError(const ProviderError& error)
{
    if (m_finishQueued)
        return;
    m_error = error;
    finish();
}

void ProviderJob::finish()
{
    m_finishQueued = true;
    if (m_finishAtOnce && !m_inCall) {
        // The work ended in a callback from the event loop: another trip through it would only
        // add to every routed request's cost (issue #13).
        deliverFinished();
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { deliverFinished(); }, Qt::QueuedConnection);
}

void ProviderJob::deliverFinished()
{
    m_finished = true;
    Q_EMIT finished(this, QPrivateSignal());
    if (m_autoDelete)
        deleteLater();
}

} // namespace vd
