#pragma once

#include "app/cli/clioutput.h"
#include "core/suites/suiterun.h"

namespace vd::cli {

// The human form of a suite run on stdout: one line per case and provider, then one per provider
// with its corpus WER and latency percentiles, then the verdict.
void printSuiteReport(const CliOutput& out, const SuiteRun& run);

} // namespace vd::cli
