#include "core/history/historyerror.h"

namespace vd {

QString HistoryError::message() const
{
    switch (kind) {
    case Kind::Corrupt:
        return QStringLiteral("the history database \"%1\" is damaged or not an SQLite file (%2); it was "
                              "left as it is: move it aside (or delete it) to start a new history")
            .arg(path, detail);
    case Kind::NewerSchema:
        return QStringLiteral("the history database \"%1\" was written by a newer VoiceDeck (%2); it was "
                              "left as it is: use that newer VoiceDeck, or move the file aside to start "
                              "a new history")
            .arg(path, detail);
    case Kind::Unavailable:
        return QStringLiteral("cannot open the history database \"%1\": %2; check that its folder is "
                              "writable (and that libqt6sql6-sqlite is installed)")
            .arg(path, detail);
    case Kind::Busy:
        return QStringLiteral("the history database \"%1\" stayed locked by another VoiceDeck process (%2); "
                              "try again when that process has finished")
            .arg(path, detail);
    case Kind::Failed:
        break;
    }
    return QStringLiteral("the history database \"%1\" failed: %2").arg(path, detail);
}

} // namespace vd
