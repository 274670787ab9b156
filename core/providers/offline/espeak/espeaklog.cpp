#include "core/providers/offline/espeak/espeaklog.h"

Q_LOGGING_CATEGORY(lcEspeak, "voicedeck.provider.espeak", QtInfoMsg)
