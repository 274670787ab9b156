#pragma once

#include <QString>

namespace vd {

// Why the history database could not be used. `message()` names the file and what to do; the
// file itself is never rewritten, moved or deleted because of such an error.
struct HistoryError
{
    enum class Kind
    {
        Corrupt,     // not an SQLite database, or its pages are damaged
        NewerSchema, // written by a newer VoiceDeck (user_version above what this one knows)
        Unavailable, // cannot be created or opened (permissions, missing SQLite driver, ...)
        Busy,        // another connection held it locked past the busy timeout (SQLITE_BUSY)
        Failed       // a statement failed on an otherwise good database
    };

    Kind kind = Kind::Failed;
    QString path;
    QString detail; // the driver's text, or the version numbers

    static HistoryError make(Kind kind, QString path, QString detail)
    {
        return HistoryError{kind, std::move(path), std::move(detail)};
    }
    QString message() const;
};

} // namespace vd
