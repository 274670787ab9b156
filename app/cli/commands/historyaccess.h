#pragma once

#include "app/cli/clioutput.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace vd {
class HistoryStore;
class Runtime;
} // namespace vd

namespace vd::cli {

// Opens the history database for the `history`, `suite history` and `suite diff` commands, on
// the CLI's thread. When it cannot be used (damaged, newer schema, unwritable), prints why (the
// message names the file and what to do) and returns nullptr: those commands then exit 3. The
// file is left as it was.
std::unique_ptr<HistoryStore> openHistory(Runtime& runtime, const CliOutput& out);

// `--since WHEN`: an ISO 8601 date or date-time ("2026-12-01", "2026-12-01T08:00",
// "2026-12-01T08:00:00Z"; local time unless it says otherwise) or a span back from `now`:
// a number and s/m/h/d/w ("90m", "24h", "7d"). nullopt when it is neither.
std::optional<QDateTime> parseSince(const QString& when, const QDateTime& now);

} // namespace vd::cli
