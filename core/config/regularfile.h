#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileDevice>
#include <QString>
#include <optional>

namespace vd {

// Reads the small files VoiceDeck owns (the config file, the state file) without trusting what
// is at the path (and writes them without trusting the disk): a FIFO would block open() forever, and
// /dev/zero or /dev/urandom report size 0 but never end. So only regular files are opened (checked again on
// the open descriptor, as the path may change in between) and at most `maxBytes` + 1 bytes are read, whatever
// size() says.
class RegularFile
{
public:
    enum class Problem
    {
        NotRegular, // `detail`: what it is instead, e.g. "a FIFO (named pipe)"
        TooLarge,   // more than maxBytes
        Unreadable  // `detail`: the OS reason
    };
    struct Failure
    {
        Problem problem;
        QString detail;
    };

    static Result<QByteArray, Failure> read(const QString& path, qint64 maxBytes);
    // What `path` is when it exists and is not a regular file ("a directory", "a socket", …);
    // empty for a regular file or nothing at all. Follows symbolic links.
    static QString otherKind(const QString& path);
    // Replaces the file atomically (QSaveFile) with `data`; on failure the old file is untouched
    // and the error is the operating system's reason ("No space left on device").
    static Result<void, QString> replace(const QString& path, const QByteArray& data,
                                         std::optional<QFileDevice::Permissions> permissions = {});
    // Creates the folder that holds `path` (and its parents); the error is the OS reason
    // ("Not a directory" when a parent is a file).
    static Result<void, QString> createParentFolder(const QString& path);
    // Removes QSaveFile temporary files of `path` ("<name>.XXXXXX") that a writer killed mid-save
    // (kill -9, power cut) left behind, once older than a minute — a live writer's exists for
    // milliseconds. Call with the file's lock held. Returns how many were removed.
    static int removeStaleTemporaries(const QString& path, const QDateTime& now);
    // A sentence for a NotRegular failure: "is a FIFO (named pipe), not a regular file; …".
    static QString notRegularProblem(const QString& kind);
};

} // namespace vd
