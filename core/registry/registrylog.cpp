#include "core/registry/registrylog.h"

Q_LOGGING_CATEGORY(lcRegistry, "voicedeck.core.registry")
