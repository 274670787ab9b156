#include "core/resilience/statefile.h"

#include "core/config/regularfile.h"
#include "core/corelog.h"

#include <QFile>
#include <QFileInfo>

namespace vd {

namespace {

// The state of a few dozen providers with a day of history is well under a megabyte.
constexpr qint64 kMaxStateBytes = 16 * 1024 * 1024;
constexpr std::chrono::seconds kLockTimeout{30};

} // namespace

StateFile::StateFile(QString path) : m_path(std::move(path)), m_lock(m_path + QStringLiteral(".lock")) {}

Result<void, QString> StateFile::lock()
{
    if (const auto created = RegularFile::createParentFolder(m_path); !created) {
        return QStringLiteral("the state folder %1 cannot be created (%2); check that the path is right and "
                              "writable")
            .arg(QFileInfo(m_path).absolutePath(), created.error());
    }
    return m_lock.lock(kLockTimeout);
}

Result<StateFile::Content, QString> StateFile::read() const
{
    if (!QFileInfo::exists(m_path))
        return Content{};
    const auto read = RegularFile::read(m_path, kMaxStateBytes);
    if (read)
        return Content{*read, false};
    switch (read.error().problem) {
    case RegularFile::Problem::TooLarge:
        return Content{std::nullopt, true};
    case RegularFile::Problem::NotRegular:
        return QStringLiteral("the state file %1 is %2, not a regular file, so it was not opened; remove "
                              "it (VoiceDeck creates a new one)")
            .arg(m_path, read.error().detail);
    case RegularFile::Problem::Unreadable:
        break;
    }
    return QStringLiteral("the state file %1 cannot be read (%2); check its permissions")
        .arg(m_path, read.error().detail);
}

Result<void, QString> StateFile::write(const QByteArray& data) const
{
    // Never replace a FIFO or device (or a link to one) with a file, nor write into it.
    if (const QString kind = RegularFile::otherKind(m_path); !kind.isEmpty()) {
        return QStringLiteral("the state file %1 is %2, not a regular file, so it was not written; remove "
                              "it (VoiceDeck creates a new one)")
            .arg(m_path, kind);
    }
    if (auto written = RegularFile::replace(m_path, data); !written) {
        return QStringLiteral("the state file %1 cannot be written (%2); the previous file is unchanged. "
                              "Check the free space and permissions of %3")
            .arg(m_path, written.error(), QFileInfo(m_path).absolutePath());
    }
    return {};
}

int StateFile::removeStaleTemporaries(const QDateTime& now) const
{
    return RegularFile::removeStaleTemporaries(m_path, now);
}

} // namespace vd
