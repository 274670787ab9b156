#pragma once

#include "core/suites/caseresult.h"
#include "ui/activity/activityentry.h"

#include <QDateTime>
#include <optional>

namespace vd {

// The Activity page's entry for the tested request of a suite case (a transcription for an STT
// case, a synthesis for a TTS case), so suite runs show there like the other pages' requests.
// Nothing when the case made no request (cancelled before it started, audio not decodable).
// `finishedAt` is when the case ended; the entry's time is when its request started.
std::optional<ActivityEntry> suiteActivityEntry(const CaseResult& result, const QDateTime& finishedAt);

} // namespace vd
