#include "core/model/providerjob.h"

#include <QMetaObject>

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
    doStart(); // `finished` is still queued by finish()
}

void ProviderJob::cancel()
{
    abort(ProviderError::make(ErrorKind::Cancelled, tr("The request was cancelled.")));
}

void ProviderJob::abort(const ProviderError& error)
{
    if (m_finishQueued)
        return;
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
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            Q_EMIT finished(this, QPrivateSignal());
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace vd
