#pragma once

#include <QLoggingCategory>

// Logging category of the PocketSphinx provider plugin.
Q_DECLARE_LOGGING_CATEGORY(lcPocketSphinx)
