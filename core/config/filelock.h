#pragma once

#include "core/model/result.h"

#include <QLockFile>
#include <QString>
#include <chrono>

namespace vd {

// A QLockFile for one read-merge-write cycle of a file shared between VoiceDeck processes
// (the config file, the state file). Unlike a bare QLockFile it does not wait out the stale
// time on something that cannot be a live lock: a lock file with content QLockFile never writes
// (empty, garbage) is removed through removeStaleLockFile() — which leaves a file a live process
// holds alone — once it is two seconds old, and a lock path that is a directory or another
// non-file is reported as such. It polls steadily, so that a dozen processes queueing all get
// their turn. Every failure is a sentence naming the lock file and the real problem, not
// "another process". Unlocks when destroyed.
class FileLock
{
public:
    explicit FileLock(QString lockPath);

    Result<void, QString> lock(std::chrono::milliseconds timeout);
    QString path() const { return m_path; }

private:
    void removeIfGarbage();
    QString failure() const;

    QString m_path;
    QLockFile m_lock;
};

} // namespace vd
