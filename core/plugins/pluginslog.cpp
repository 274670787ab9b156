#include "core/plugins/pluginslog.h"

Q_LOGGING_CATEGORY(lcPlugins, "voicedeck.core.plugins")
