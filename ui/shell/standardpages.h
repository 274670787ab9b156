#pragma once

#include "ui/providers/providersservices.h"
#include "ui/speech/speechservices.h"

namespace vd {

class ActivityLog;
class MainWindow;
class Runtime;

// The pages of VoiceDeck's main window, in order, with their ids, titles and icons: the one
// place that lists them. Ids are fixed (`voicedeck --page ID`, saved sessions, screenshots):
// "speech-to-text", "text-to-speech", "providers", "health", "activity", "suites". Titles follow the
// interface language.
void addStandardPages(MainWindow& window, Runtime& runtime, ActivityLog& activity);

// The services the speech pages and the Providers page use, taken from the Runtime (which must
// outlive the pages).
SpeechServices speechServices(Runtime& runtime);
ProvidersServices providersServices(Runtime& runtime);

} // namespace vd
