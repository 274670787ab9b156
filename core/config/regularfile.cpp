#include "core/config/regularfile.h"

#include "core/corelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace vd {

namespace {

QString kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

QString osReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString RegularFile::otherKind(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return kindOfMode(status.st_mode);
}

QString RegularFile::notRegularProblem(const QString& kind)
{
    return QStringLiteral("is %1, not a regular file, so it was not opened; give the path of a JSON file "
                          "or remove what is there")
        .arg(kind);
}

Result<QByteArray, RegularFile::Failure> RegularFile::read(const QString& path, qint64 maxBytes)
{
    if (const QString kind = otherKind(path); !kind.isEmpty())
        return Failure{Problem::NotRegular, kind};
    // O_NONBLOCK: should a FIFO have replaced the file since the check, open() must not wait for
    // a writer; fstat() below then refuses it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Failure{Problem::Unreadable, osReason(errno)};
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const QString kind = kindOfMode(status.st_mode);
        ::close(fd);
        return Failure{Problem::NotRegular, kind.isEmpty() ? QStringLiteral("not a regular file") : kind};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Failure{Problem::Unreadable, file.errorString()};
    }
    // The size reported at open time is not trusted (the file may grow, procfs reports 0): read
    // until the end, but never more than one byte past the cap.
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, maxBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > maxBytes)
        return Failure{Problem::TooLarge, {}};
    if (file.error() != QFileDevice::NoError)
        return Failure{Problem::Unreadable, file.errorString()};
    return data;
}

Result<void, QString> RegularFile::createParentFolder(const QString& path)
{
    std::error_code error;
    std::filesystem::create_directories(QFile::encodeName(QFileInfo(path).absolutePath()).toStdString(),
                                        error);
    if (error)
        return QString::fromLocal8Bit(error.message());
    return {};
}

Result<void, QString> RegularFile::replace(const QString& path, const QByteArray& data,
                                           std::optional<QFileDevice::Permissions> permissions)
{
    QSaveFile file(path);
    errno = 0;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && permissions)
        file.setPermissions(*permissions);
    // flush() before commit(): Qt 6.4's commit() ignores a short write during its own flush (disk
    // full, file size limit) and would rename a truncated file over the old one.
    ok = ok && file.write(data) == data.size() && file.flush();
    // QSaveFile reports a failed flush as "Unknown error"; errno still holds the reason.
    const int error = errno;
    if (ok && file.commit())
        return {};
    return error != 0 ? osReason(error) : file.errorString();
}

int RegularFile::removeStaleTemporaries(const QString& path, const QDateTime& now)
{
    constexpr qint64 kStaleSecs = 60;
    const QFileInfo info(path);
    // Exactly QSaveFile's template: the name, a dot and six letters or digits.
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(info.fileName())));
    int removed = 0;
    for (const QFileInfo& entry : info.absoluteDir().entryInfoList(
             {info.fileName() + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (!pattern.match(entry.fileName()).hasMatch() || entry.isSymLink() ||
            entry.lastModified().secsTo(now) < kStaleSecs)
            continue;
        if (QFile::remove(entry.absoluteFilePath())) {
            qCInfo(lcConfig) << "removed" << entry.absoluteFilePath() << "left by an interrupted save";
            ++removed;
        }
    }
    return removed;
}

} // namespace vd
