#pragma once

#include <QLoggingCategory>

// "voicedeck.core.network": requests, replies, aborts of the cloud HTTP layer (secrets redacted).
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
