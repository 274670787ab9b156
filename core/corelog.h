#pragma once

#include <QLoggingCategory>

// Every logging category of voicedeck_core, in one place. Turn one on with QT_LOGGING_RULES,
// e.g. "voicedeck.core.router.debug=true". Secrets are never logged, in any category.

// voicedeck.core.audio: decoding, encoding, resampling and splitting at pauses.
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
// voicedeck.core.config: loading, validating and saving the configuration file.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
// voicedeck.core.credentials: keychain availability, reads and writes (keys and locations only).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
// voicedeck.core.network: requests, replies and aborts of the cloud HTTP layer (redacted).
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
// voicedeck.core.registry: provider registration, ordering and instance creation.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
// voicedeck.core.plugins: plugin discovery, metadata checks and loading.
Q_DECLARE_LOGGING_CATEGORY(lcPlugins)
// voicedeck.provider.openai, .google, .yandex: the cloud providers of each vendor.
Q_DECLARE_LOGGING_CATEGORY(lcOpenAi)
Q_DECLARE_LOGGING_CATEGORY(lcGoogle)
Q_DECLARE_LOGGING_CATEGORY(lcYandex)
// voicedeck.core.breaker, .health, .router, .resiliencestore: the resilience engine.
Q_DECLARE_LOGGING_CATEGORY(lcBreaker)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcRouter)
Q_DECLARE_LOGGING_CATEGORY(lcResilienceStore)
// voicedeck.core.suites: loading suite files and running them.
Q_DECLARE_LOGGING_CATEGORY(lcSuites)
// voicedeck.core.history: the history database.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
