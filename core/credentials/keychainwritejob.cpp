#include "core/credentials/keychainwritejob.h"

namespace vd {

KeychainWriteJob::KeychainWriteJob(QString key, QObject* parent) : QObject(parent), m_key(std::move(key)) {}

void KeychainWriteJob::finish(bool ok, const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(ok, error);
    deleteLater();
}

void KeychainWriteJob::finishLater(bool ok, const QString& error)
{
    QMetaObject::invokeMethod(
        this, [this, ok, error] { finish(ok, error); }, Qt::QueuedConnection);
}

} // namespace vd
