#include "core/suites/suiteslog.h"

Q_LOGGING_CATEGORY(lcSuites, "voicedeck.core.suites", QtInfoMsg)
