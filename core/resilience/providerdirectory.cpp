#include "core/resilience/providerdirectory.h"

namespace vd {

ProviderDirectory::~ProviderDirectory() = default;

} // namespace vd
