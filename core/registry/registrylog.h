#pragma once

#include <QLoggingCategory>

// "voicedeck.core.registry": provider registration, ordering and instance creation.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
