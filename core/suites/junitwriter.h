#pragma once

#include "core/suites/suiterun.h"

class QIODevice;

namespace vd {

// Writes a suite run as JUnit XML, the dialect GitLab, Jenkins and GitHub test reporters read:
// <testsuites> with one <testsuite> per provider (per type and target) and one <testcase> per
// case × provider; a case over its tolerance or without a transcript carries a <failure> with a
// message, a cancelled one <skipped>; times in seconds. Problems of the suite file become
// failed test cases of their own testsuite "suite file", so a CI report shows them too.
// Returns false when the device could not be written.
bool writeJUnit(const SuiteRun& run, QIODevice* device);

} // namespace vd
