#include "tests/support/mockserver/mockserverlogging.h"

Q_LOGGING_CATEGORY(lcMockServer, "voicedeck.test.mockserver", QtWarningMsg)
