#include "core/suites/suite.h"

#include <algorithm>

namespace vd {

Suite Suite::withTags(const QStringList& tags) const
{
    if (tags.isEmpty())
        return *this;
    Suite filtered = *this;
    filtered.cases.removeIf([&tags](const SuiteCase& c) {
        return std::none_of(tags.cbegin(), tags.cend(),
                            [&c](const QString& tag) { return c.tags.contains(tag); });
    });
    return filtered;
}

bool Suite::has(SuiteCaseKind kind) const
{
    return std::any_of(cases.cbegin(), cases.cend(), [kind](const SuiteCase& c) { return c.kind == kind; });
}

} // namespace vd
