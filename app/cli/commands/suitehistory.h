#pragma once

#include "app/cli/clioutput.h"

#include <QtGlobal>

namespace vd {
class Runtime;
}

namespace vd::cli {

// `suite history [--limit N]`: the stored suite runs, newest first (id, time, suite, counts).
// Returns the exit code: 0, or 3 when the history database cannot be read.
int printSuiteHistory(Runtime& runtime, const CliOutput& out, int limit);

// `suite diff RUN_A RUN_B`: what got worse from run A to run B — new failures, WER up by more
// than `werThreshold`, latency up by more than `latencyThresholdMs` — and what got fixed.
// Returns 1 when something regressed (a CI gate), 0 when not, 2 for an unknown run id, 3 when
// the history database cannot be read.
int printSuiteDiff(Runtime& runtime, const CliOutput& out, qint64 runA, qint64 runB, double werThreshold,
                   double latencyThresholdMs);

} // namespace vd::cli
