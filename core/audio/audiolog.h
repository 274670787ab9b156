#pragma once

#include <QLoggingCategory>

// Logging category of core/audio: decoding, encoding and splitting.
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
