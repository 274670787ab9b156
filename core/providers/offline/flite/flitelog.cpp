#include "core/providers/offline/flite/flitelog.h"

Q_LOGGING_CATEGORY(lcFlite, "voicedeck.provider.flite", QtInfoMsg)
