#pragma once

#include <QLoggingCategory>

// "voicedeck.provider.yandex": the Yandex SpeechKit providers (secrets are never logged).
Q_DECLARE_LOGGING_CATEGORY(lcYandex)
