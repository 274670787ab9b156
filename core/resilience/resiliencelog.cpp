#include "core/resilience/resiliencelog.h"

Q_LOGGING_CATEGORY(lcBreaker, "voicedeck.core.breaker")
Q_LOGGING_CATEGORY(lcHealth, "voicedeck.core.health")
Q_LOGGING_CATEGORY(lcRouter, "voicedeck.core.router")
Q_LOGGING_CATEGORY(lcResilienceStore, "voicedeck.core.resiliencestore")
