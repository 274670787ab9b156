#pragma once

#include "core/suites/suiteloader.h"

namespace vd {

class ProviderRegistry;

// Checks the providers a suite file names for the other end of round trips ("stt_for_tts",
// "tts_for_stt"): an unknown name, or one of the wrong category, is the file's fault and makes the
// load fatal. `hint` ends each message with where to find the providers ("see voicedeck-cli
// providers", "see the Providers page").
void checkSuiteProviders(SuiteLoad& load, const ProviderRegistry& registry, const QString& hint);

} // namespace vd
