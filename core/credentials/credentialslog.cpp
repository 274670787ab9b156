#include "core/credentials/credentialslog.h"

Q_LOGGING_CATEGORY(lcCredentials, "voicedeck.core.credentials")
