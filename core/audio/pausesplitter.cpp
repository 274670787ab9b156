#include "core/audio/pausesplitter.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace vd {

namespace {

constexpr double kWindowSeconds = 0.025;
// How far back from each limit a pause is looked for (capped at half the part length).
constexpr double kSearchSeconds = 3.0;
// A window counts as a pause when it is this much quieter than the loudest one searched;
// otherwise (steady noise, a held tone) there is no pause and the cut is hard.
constexpr double kPauseRatio = 0.3;

// Root mean square of the frames [begin, begin + length) across all channels.
double rms(const AudioClip& clip, qint64 begin, qint64 length)
{
    const float* samples = clip.samples.constData() + begin * clip.channels;
    const qint64 count = length * clip.channels;
    double sum = 0.0;
    for (qint64 i = 0; i < count; ++i)
        sum += double(samples[i]) * samples[i];
    return count > 0 ? std::sqrt(sum / double(count)) : 0.0;
}

// Where to end the part that starts at `start` and may run to `limit` (exclusive frame index):
// the middle of the quiet stretch closest to the limit, or the limit itself.
qint64 findCut(const AudioClip& clip, qint64 start, qint64 limit, qint64 maxFrames)
{
    const qint64 window = std::max<qint64>(1, qint64(kWindowSeconds * clip.sampleRate));
    const qint64 searchFrames = std::min<qint64>(qint64(kSearchSeconds * clip.sampleRate), maxFrames / 2);
    const qint64 searchBegin = std::max(start + 1, limit - searchFrames);
    const qint64 windows = (limit - searchBegin) / window;
    if (windows < 1)
        return limit;

    std::vector<double> levels(size_t(windows), 0.0);
    for (qint64 w = 0; w < windows; ++w)
        levels[size_t(w)] = rms(clip, limit - (w + 1) * window, window); // w = 0 ends at the limit
    const auto [quietest, loudest] = std::minmax_element(levels.begin(), levels.end());
    if (*quietest > kPauseRatio * *loudest)
        return limit;

    // The quiet run nearest the limit: windows within a margin of the quietest level.
    const double quiet = *quietest + 0.05 * (*loudest - *quietest);
    size_t runEnd = 0; // nearest to the limit
    while (levels[runEnd] > quiet)
        ++runEnd;
    size_t runStart = runEnd;
    while (runStart + 1 < levels.size() && levels[runStart + 1] <= quiet)
        ++runStart;
    // Window w covers [limit - (w + 1) * window, limit - w * window).
    const qint64 runBeginFrame = limit - qint64(runStart + 1) * window;
    const qint64 runEndFrame = limit - qint64(runEnd) * window;
    return std::clamp((runBeginFrame + runEndFrame) / 2, start + 1, limit);
}

AudioPart makePart(const AudioClip& clip, qint64 begin, qint64 end)
{
    AudioPart part;
    part.startSeconds = double(begin) / clip.sampleRate;
    part.clip.sampleRate = clip.sampleRate;
    part.clip.channels = clip.channels;
    part.clip.samples = clip.samples.mid(begin * clip.channels, (end - begin) * clip.channels);
    return part;
}

} // namespace

QList<AudioPart> splitAtPauses(const AudioClip& clip, double maxSeconds)
{
    if (clip.isEmpty() || clip.sampleRate <= 0)
        return {};
    const qint64 total = clip.frameCount();
    const qint64 maxFrames = qint64(maxSeconds * clip.sampleRate);
    if (maxFrames <= 0 || total <= maxFrames)
        return {AudioPart{clip, 0.0}};

    QList<AudioPart> parts;
    qint64 start = 0;
    while (total - start > maxFrames) {
        const qint64 cut = findCut(clip, start, start + maxFrames, maxFrames);
        parts.append(makePart(clip, start, cut));
        start = cut;
    }
    parts.append(makePart(clip, start, total));
    return parts;
}

} // namespace vd
