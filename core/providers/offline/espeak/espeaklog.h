#pragma once

#include <QLoggingCategory>

// Logging category of the eSpeak NG provider plugin.
Q_DECLARE_LOGGING_CATEGORY(lcEspeak)
