#pragma once

#include <QLoggingCategory>

// Logging category of the Flite provider plugin.
Q_DECLARE_LOGGING_CATEGORY(lcFlite)
