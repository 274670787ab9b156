#pragma once

#include "core/model/audioclip.h"

#include <QFuture>
#include <QList>

namespace vd {

// The shape of a clip for drawing: per column, the lowest and highest sample (all channels).
// Computed once per take at a fixed resolution (off the GUI thread for long takes); views
// then reduce it to their pixel width cheaply with reduced(), without touching the samples again.
struct WaveformEnvelope
{
    QList<float> minima;
    QList<float> maxima;
    double durationSeconds = 0.0;

    int columns() const { return int(minima.size()); }
    bool isEmpty() const { return minima.isEmpty(); }

    // At most `columns` columns, each over an equal share of the frames (fewer when the clip has
    // fewer frames than columns).
    static WaveformEnvelope compute(const AudioClip& clip, int columns);
    // compute() on the global thread pool.
    static QFuture<WaveformEnvelope> computeAsync(const AudioClip& clip, int columns);
    // Merges columns down to `columns` (min of minima, max of maxima); unchanged when already narrower.
    WaveformEnvelope reduced(int columns) const;
};

} // namespace vd
