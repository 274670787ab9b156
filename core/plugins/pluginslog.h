#pragma once

#include <QLoggingCategory>

// "voicedeck.core.plugins": plugin discovery, metadata checks and loading.
Q_DECLARE_LOGGING_CATEGORY(lcPlugins)
