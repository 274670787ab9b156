#include "ui/widgets/waveformenvelope.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace vd {

namespace {

// Column c covers items [c * total / columns, (c + 1) * total / columns): every item in exactly one column.
qint64 columnStart(qint64 column, qint64 total, qint64 columns)
{
    return column * total / columns;
}

} // namespace

WaveformEnvelope WaveformEnvelope::compute(const AudioClip& clip, int columns)
{
    WaveformEnvelope envelope;
    envelope.durationSeconds = clip.durationSeconds();
    const qint64 frames = clip.frameCount();
    if (frames == 0 || columns <= 0)
        return envelope;
    const qint64 count = std::min<qint64>(columns, frames);
    envelope.minima.resize(count);
    envelope.maxima.resize(count);
    const float* samples = clip.samples.constData();
    for (qint64 c = 0; c < count; ++c) {
        const qint64 from = columnStart(c, frames, count) * clip.channels;
        const qint64 to = columnStart(c + 1, frames, count) * clip.channels;
        const auto [lo, hi] = std::minmax_element(samples + from, samples + to);
        envelope.minima[c] = *lo;
        envelope.maxima[c] = *hi;
    }
    return envelope;
}

QFuture<WaveformEnvelope> WaveformEnvelope::computeAsync(const AudioClip& clip, int columns)
{
    return QtConcurrent::run([clip, columns] { return compute(clip, columns); });
}

WaveformEnvelope WaveformEnvelope::reduced(int columns) const
{
    if (columns <= 0)
        return {{}, {}, durationSeconds};
    if (columns >= this->columns())
        return *this;
    WaveformEnvelope out;
    out.durationSeconds = durationSeconds;
    out.minima.resize(columns);
    out.maxima.resize(columns);
    const qint64 total = this->columns();
    for (qint64 c = 0; c < columns; ++c) {
        const qint64 from = columnStart(c, total, columns);
        const qint64 to = columnStart(c + 1, total, columns);
        out.minima[c] = *std::min_element(minima.cbegin() + from, minima.cbegin() + to);
        out.maxima[c] = *std::max_element(maxima.cbegin() + from, maxima.cbegin() + to);
    }
    return out;
}

} // namespace vd
