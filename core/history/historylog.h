#pragma once

#include <QLoggingCategory>

// Logging category of core/history: the history database.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
