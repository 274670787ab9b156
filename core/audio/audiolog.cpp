#include "core/audio/audiolog.h"

Q_LOGGING_CATEGORY(lcAudio, "voicedeck.core.audio", QtInfoMsg)
