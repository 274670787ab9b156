#include "core/providers/example/examplelog.h"

Q_LOGGING_CATEGORY(lcExample, "voicedeck.provider.example", QtInfoMsg)
