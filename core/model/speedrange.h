#pragma once

#include <QString>
#include <cmath>

namespace vd {

class SettingsSchema;

// The speaking rates (1.0 = normal) a TTS provider accepts, both ends inclusive.
struct SpeedRange
{
    double minimum = 0.25;
    double maximum = 4.0;

    // False for NaN and infinities too.
    bool contains(double speed) const { return std::isfinite(speed) && speed >= minimum && speed <= maximum; }
    QString text() const; // "0.25–4"
    // The rates both ranges accept (may be empty: minimum > maximum).
    SpeedRange intersected(const SpeedRange& other) const;
    bool isEmpty() const { return !(minimum <= maximum); }
};

// A provider's speed range, from its settings schema: the min/max of its "speed" setting when it
// declares one (the cloud vendors: OpenAI and Google 0.25–4, Yandex 0.1–3), else 0.25–4, the
// range of the offline engines and plugins (at 0.001 a Morse plugin would write an hour of audio).
SpeedRange speedRange(const SettingsSchema& schema);

} // namespace vd
