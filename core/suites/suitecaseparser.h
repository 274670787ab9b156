#pragma once

#include "core/suites/suitecase.h"
#include "core/suites/suiteproblem.h"

#include <QDir>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace vd {

// What the suite's "defaults" object gives every case that does not say otherwise.
struct SuiteCaseDefaults
{
    QString language;
    double tolerance = 0.0;
};

// Checks one entry of a suite's "cases" array: every field's type and value, that the audio file
// exists and is readable (relative paths are resolved against `base`, the suite's folder), and
// that no unknown field is present (a typo such as "expect" would otherwise go unnoticed).
// Appends one problem per fault, each naming the case and the field; returns the case only when
// there was none.
std::optional<SuiteCase> parseSuiteCase(const QJsonValue& entry, int index, const SuiteCaseDefaults& defaults,
                                        const QDir& base, QList<SuiteProblem>& problems);

} // namespace vd
