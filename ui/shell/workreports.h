#pragma once

namespace vd {

class HealthMonitor;
class MainWindow;

// Reports the long work of the standard pages to the window's WorkTracker, from the signals the
// pages and the health monitor already give, so that no page needs to know the status bar:
// a transcription on Speech to text ("Transcribing with openai_stt…"), a suite run on Suites
// ("Running suite 3/10") and health probes ("Probing 4 providers…"). Call once the pages are added.
void reportWork(MainWindow& window, HealthMonitor& health);

} // namespace vd
