#pragma once

#include <QLoggingCategory>

// "voicedeck.provider.example": the example Morse code plugin.
Q_DECLARE_LOGGING_CATEGORY(lcExample)
