#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace vd {

// How the Morse tones sound. Units follow the PARIS standard: one dot lasts 1.2 / wpm seconds.
struct MorseSettings
{
    int toneHz = 600;
    int wordsPerMinute = 18;
    int sampleRate = 16000;
    double speed = 1.0; // multiplies wordsPerMinute
};

// Turns text into Morse timing and timing into 16-bit PCM. Pure and thread-safe, so the
// synthesis job can run it on a worker thread.
class MorseCode
{
public:
    // Dots and dashes for one character (".-" for A), empty when Morse has no code for it.
    static QString pattern(QChar character);

    // The keying timeline in dot units: positive = tone, negative = silence. Dot 1, dash 3, gap
    // inside a letter 1, between letters 3, between words 7; no silence at either end.
    // Characters without a code are skipped; empty when nothing in `text` can be keyed.
    static QList<int> timeline(const QString& text);

    static int samplesPerUnit(const MorseSettings& settings);

    // Renders `timeline` as mono s16le PCM, handing out chunks of about a quarter second to
    // `sink`; stops early (returning false) when `cancelled` says so.
    static bool render(const QList<int>& timeline, const MorseSettings& settings,
                       const std::function<void(const QByteArray&)>& sink,
                       const std::function<bool()>& cancelled);
};

} // namespace vd
