#include "core/network/networklog.h"

Q_LOGGING_CATEGORY(lcNetwork, "voicedeck.core.network")
