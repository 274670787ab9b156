#include "core/config/filelock.h"

#include "core/config/regularfile.h"
#include "core/corelog.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <algorithm>

namespace vd {

namespace {

// Locks are held for one small read and write. A lock older than this whose holder does not
// answer for it (Qt checks the pid and, through flock, whether a live process holds the file)
// is stale: short enough to be cleared within one lock() timeout.
constexpr int kStaleLockMs = 5000;
constexpr std::chrono::milliseconds kPollInterval{20};
constexpr qint64 kGarbageGraceMs = 2000;

// QLockFile writes "<pid>\n<application>\n<host>\n…". Anything less (a bare "1" would name a
// live process, init, and keep Qt waiting for the stale time) was not written by it.
bool looksLikeLockFile(const QByteArray& data)
{
    const QList<QByteArray> lines = data.split('\n');
    bool ok = false;
    return lines.size() >= 3 && lines.first().toLongLong(&ok) > 0 && ok && !lines.at(1).isEmpty();
}

} // namespace

FileLock::FileLock(QString lockPath) : m_path(std::move(lockPath)), m_lock(m_path)
{
    m_lock.setStaleLockTime(kStaleLockMs);
}

void FileLock::removeIfGarbage()
{
    // A new lock file is empty from its creation until QLockFile has taken its flock and written
    // it; removeStaleLockFile(), which respects a flock, could remove it in between. A garbage file
    // this young may be such a one: it is looked at again on the next poll.
    const QDateTime modified = QFileInfo(m_path).lastModified();
    if (!modified.isValid() || modified.msecsTo(QDateTime::currentDateTime()) < kGarbageGraceMs)
        return;
    const auto data = RegularFile::read(m_path, 4096);
    if (!data || looksLikeLockFile(*data))
        return;
    if (m_lock.removeStaleLockFile())
        qCInfo(lcConfig) << "removed the unusable lock file" << m_path;
}

Result<void, QString> FileLock::lock(std::chrono::milliseconds timeout)
{
    if (const QString kind = RegularFile::otherKind(m_path); !kind.isEmpty()) {
        return QStringLiteral("the lock file %1 is %2, not a file, so the file it guards cannot be "
                              "locked; remove %1")
            .arg(m_path, kind);
    }
    // Polled at a steady pace rather than with tryLock(timeout), whose back-off doubles up to
    // 6.4 s: among a dozen processes queueing for a lock each holds for two fsyncs, a waiter that
    // looks only every few seconds keeps missing its turn and times out.
    const QDeadlineTimer deadline(timeout);
    while (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return failure();
        removeIfGarbage();
        QThread::msleep(static_cast<unsigned long>(
            std::clamp<qint64>(deadline.remainingTime(), 1, kPollInterval.count())));
    }
    return {};
}

QString FileLock::failure() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock.getLockInfo(&pid, &host, &application)) {
            return QStringLiteral("the lock file %1 stayed held by %2 (pid %3 on %4); wait for it to "
                                  "finish, or remove %1 if that process is gone")
                .arg(m_path, application.isEmpty() ? QStringLiteral("another process") : application)
                .arg(pid)
                .arg(host.isEmpty() ? QStringLiteral("this machine") : host);
        }
        return QStringLiteral("the lock file %1 stayed held by another process; remove it if no "
                              "VoiceDeck is running")
            .arg(m_path);
    }
    case QLockFile::PermissionError:
        return QStringLiteral("the lock file %1 cannot be created: permission denied; check that %2 is "
                              "writable")
            .arg(m_path, folder);
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    return QStringLiteral("the lock file %1 cannot be created (the disk may be full, or %2 not "
                          "writable); free some space or check the folder")
        .arg(m_path, folder);
}

} // namespace vd
