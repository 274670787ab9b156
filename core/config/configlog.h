#pragma once

#include <QLoggingCategory>

// voicedeck.core.config: loading, validating and saving the configuration file.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
