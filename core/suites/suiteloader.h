#pragma once

#include "core/suites/suite.h"
#include "core/suites/suiteproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vd {

// A suite file as read: the valid cases, and one problem per fault found. `fatal` when the file
// itself is unusable (missing, not JSON, unsupported version, no cases array): nothing can run.
struct SuiteLoad
{
    Suite suite;
    QList<SuiteProblem> problems;
    bool fatal = false;
};

// Reads a suite: `path` is the suite file, or a folder holding `suite.json`. `suite.path` is set
// even when the load is fatal, so messages can name the file.
SuiteLoad loadSuite(const QString& path);
// Parses suite JSON as if read from `suitePath` (audio paths resolve against its folder).
SuiteLoad parseSuite(const QByteArray& json, const QString& suitePath);

} // namespace vd
