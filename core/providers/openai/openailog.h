#pragma once

#include <QLoggingCategory>

// "voicedeck.provider.openai": the OpenAI providers (secrets are never logged).
Q_DECLARE_LOGGING_CATEGORY(lcOpenAi)
