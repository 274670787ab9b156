#pragma once

#include "core/model/providerdefinition.h"
#include "core/registry/pluginfailure.h"

#include <QList>

namespace vd {

// What a scan of the plugin folders found: providers ready to register, and every plugin file
// that was refused, with the reason.
struct PluginScan
{
    QList<ProviderDefinition> providers;
    QList<PluginFailure> failures;
};

} // namespace vd
