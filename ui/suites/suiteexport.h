#pragma once

#include "core/model/result.h"
#include "core/suites/suiterun.h"

namespace vd {

// The formats a suite run is exported in, chosen by the file's extension: ".xml" JUnit
// (writeJUnit, as `suite run --junit`), ".json" the `suite run --json` document
// (SuiteRun::toJson), anything else CSV (suiteRunCsv).
enum class SuiteExportFormat
{
    JUnit,
    Json,
    Csv
};
SuiteExportFormat suiteExportFormat(const QString& path);

// Writes `run` to `path` atomically (QSaveFile); the error says why not. Does file I/O: run it
// off the GUI thread.
Result<void, QString> exportSuiteRun(const SuiteRun& run, const QString& path);

} // namespace vd
