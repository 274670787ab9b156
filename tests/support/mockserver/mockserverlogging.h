#pragma once

#include <QLoggingCategory>

// Logging of the loopback mock provider server (never logs keys: only endpoint names and sizes).
Q_DECLARE_LOGGING_CATEGORY(lcMockServer)
