#pragma once

#include "core/config/filelock.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace vd {

// The disk side of ResilienceStore: `<stateDir>/resilience-state.json` and its lock. Errors are
// sentences that name the path and the operating system's reason (an unwritable folder, a full
// disk, a FIFO or device where the file should be), so that a failed save is never mistaken for
// a busy lock.
class StateFile
{
public:
    explicit StateFile(QString path);

    // Creates the folder and takes "<path>.lock".
    Result<void, QString> lock();
    // The file's bytes; nullopt when there is no file. A file over the size cap comes back as
    // `tooLarge` (the caller treats it as corrupt); a path that is no regular file is an error.
    struct Content
    {
        std::optional<QByteArray> data;
        bool tooLarge = false;
    };
    Result<Content, QString> read() const;
    // Replaces the file atomically; on failure the old file is untouched.
    Result<void, QString> write(const QByteArray& data) const;
    // Removes what a save killed midway left behind (RegularFile::removeStaleTemporaries); call
    // with the lock held.
    int removeStaleTemporaries(const QDateTime& now) const;

private:
    QString m_path;
    FileLock m_lock;
};

} // namespace vd
