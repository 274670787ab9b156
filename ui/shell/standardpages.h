#pragma once

namespace vd {

class ActivityLog;
class MainWindow;
class Runtime;

// The pages of VoiceDeck's main window, in order, with their ids, titles and icons: the one
// place that lists them. Ids are fixed (`voicedeck --page ID`, saved sessions, screenshots):
// "speech-to-text", "text-to-speech", "providers", "health", "activity", "suites". Titles follow the
// interface language.
void addStandardPages(MainWindow& window, Runtime& runtime, ActivityLog& activity);

} // namespace vd
