#include "core/config/filelock.h"

#include "core/config/configlog.h"
#include "core/config/regularfile.h"

#include <QFile>
#include <QFileInfo>

namespace vd {

namespace {

// Locks are held for one small read and write. A lock older than this whose holder does not
// answer for it (Qt checks the pid and, through flock, whether a live process holds the file)
// is stale: short enough to be cleared within one lock() timeout.
constexpr int kStaleLockMs = 5000;

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
    const auto data = RegularFile::read(m_path, 4096);
    if (!data || looksLikeLockFile(*data))
        return;
    // removeStaleLockFile() takes the file's flock first: a live holder still keeps it.
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
    removeIfGarbage();
    if (m_lock.tryLock(int(timeout.count())))
        return {};
    return failure();
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
