#include "core/providers/google/googlelog.h"

Q_LOGGING_CATEGORY(lcGoogle, "voicedeck.provider.google")
