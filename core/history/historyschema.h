#pragma once

#include <QList>
#include <QStringList>

namespace vd {

// The history database's schema as a list of migration steps: step i (0-based) takes a database
// from `PRAGMA user_version` i to i + 1. Steps are only ever appended, never edited, so a
// database of any older version reaches the current one; each runs in its own transaction.
namespace HistorySchema {

const QList<QStringList>& migrations();
inline int currentVersion()
{
    return int(migrations().size());
}

} // namespace HistorySchema

} // namespace vd
