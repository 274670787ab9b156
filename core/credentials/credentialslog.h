#pragma once

#include <QLoggingCategory>

// voicedeck.core.credentials: keychain availability, reads and writes (keys and locations only,
// never secrets).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
