#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace vd {

// Loudness of a stretch of audio as linear amplitudes in [0, 1] (1 = full scale).
struct AudioLevel
{
    float rms = 0.0f;
    float peak = 0.0f;
};

// RMS and peak of signed 16-bit samples; an empty range is silence.
AudioLevel measureLevel(const qint16* samples, qsizetype count);

// Decibels relative to full scale, clamped to `floorDb` for silence (log of zero).
double toDbfs(float linear, double floorDb = -60.0);

// Where a level sits on a meter whose scale runs from `floorDb` (0) to 0 dBFS (1).
double meterFraction(float linear, double floorDb = -60.0);

} // namespace vd

Q_DECLARE_METATYPE(vd::AudioLevel)
