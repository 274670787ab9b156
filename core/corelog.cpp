#include "core/corelog.h"

// Info and above by default for the areas whose info messages say what a user asked for (files
// decoded, suites run, history opened); the others log warnings unless enabled.
Q_LOGGING_CATEGORY(lcAudio, "voicedeck.core.audio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "voicedeck.core.config")
Q_LOGGING_CATEGORY(lcCredentials, "voicedeck.core.credentials")
Q_LOGGING_CATEGORY(lcNetwork, "voicedeck.core.network")
Q_LOGGING_CATEGORY(lcRegistry, "voicedeck.core.registry")
Q_LOGGING_CATEGORY(lcPlugins, "voicedeck.core.plugins")
Q_LOGGING_CATEGORY(lcOpenAi, "voicedeck.provider.openai")
Q_LOGGING_CATEGORY(lcGoogle, "voicedeck.provider.google")
Q_LOGGING_CATEGORY(lcYandex, "voicedeck.provider.yandex")
Q_LOGGING_CATEGORY(lcBreaker, "voicedeck.core.breaker")
Q_LOGGING_CATEGORY(lcHealth, "voicedeck.core.health")
Q_LOGGING_CATEGORY(lcRouter, "voicedeck.core.router")
Q_LOGGING_CATEGORY(lcResilienceStore, "voicedeck.core.resiliencestore")
Q_LOGGING_CATEGORY(lcSuites, "voicedeck.core.suites", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "voicedeck.core.history", QtInfoMsg)
