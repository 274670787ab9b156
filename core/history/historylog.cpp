#include "core/history/historylog.h"

Q_LOGGING_CATEGORY(lcHistory, "voicedeck.core.history", QtInfoMsg)
