#pragma once

#include <QLoggingCategory>

// "voicedeck.provider.google": the Google Cloud providers (secrets are never logged).
Q_DECLARE_LOGGING_CATEGORY(lcGoogle)
