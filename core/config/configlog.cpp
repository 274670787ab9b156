#include "core/config/configlog.h"

Q_LOGGING_CATEGORY(lcConfig, "voicedeck.core.config")
