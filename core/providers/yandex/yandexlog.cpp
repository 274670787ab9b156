#include "core/providers/yandex/yandexlog.h"

Q_LOGGING_CATEGORY(lcYandex, "voicedeck.provider.yandex")
