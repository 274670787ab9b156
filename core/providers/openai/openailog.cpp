#include "core/providers/openai/openailog.h"

Q_LOGGING_CATEGORY(lcOpenAi, "voicedeck.provider.openai")
