#include "core/providers/offline/pocketsphinx/pocketsphinxlog.h"

Q_LOGGING_CATEGORY(lcPocketSphinx, "voicedeck.provider.pocketsphinx", QtInfoMsg)
