#pragma once

#include <QLoggingCategory>

// Logging categories of the resilience engine (breakers, health, routing, persisted state).
Q_DECLARE_LOGGING_CATEGORY(lcBreaker)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcRouter)
Q_DECLARE_LOGGING_CATEGORY(lcResilienceStore)
