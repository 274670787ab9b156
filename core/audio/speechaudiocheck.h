#pragma once

#include "core/audio/audiodecoder.h"
#include "core/model/audioclip.h"
#include "core/model/providererror.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace vd {

// Loudness and length of a clip, measured in one pass over the samples.
struct AudioLevels
{
    double seconds = 0.0;
    double peakDbfs = 0.0; // -inf for digital silence
    double rmsDbfs = 0.0;

    static AudioLevels of(const AudioClip& clip);
    static AudioLevels of(const AudioMeasurement& measured);
};

// Whether a text-to-speech answer can be speech for its text (issue #14): a provider that answers
// 200 with silence, a cut-off clip, an absurdly long one or audio at another sample rate than it
// declared is broken, however healthy its HTTP looks. Every TTS answer the router accepts passes
// here; a defect is an `invalid_response` error naming the provider, so that the breaker and the
// health record count it like any other invalid answer and the router falls back.
class SpeechAudioCheck
{
    Q_DECLARE_TR_FUNCTIONS(vd::SpeechAudioCheck)

public:
    // Thresholds (why these values: see the .cpp).
    static constexpr double kSilencePeakDbfs = -50.0;
    static constexpr double kSilenceRmsDbfs = -60.0;
    static constexpr double kFastestCharsPerSecond = 30.0;
    static constexpr double kShortestFloorCapSeconds = 3.0;
    static constexpr double kSlowestSecondsPerChar = 3.0;
    static constexpr double kLongSlackSeconds = 10.0;

    // Whether judging `audio` is a single pass over at most kQuickBytes of 16-bit PCM (raw, or a
    // plain WAV), with nothing to decode: fast enough for any thread, the GUI's included.
    static constexpr qsizetype kQuickBytes = 512 * 1024;
    static bool isQuick(const EncodedAudio& audio);

    // Decodes `audio` and judges it; nullopt when it is plausible speech for `text` at `speed`.
    static std::optional<ProviderError> check(const QString& provider, const EncodedAudio& audio,
                                              const QString& text, double speed = 1.0);
    // The judgement on decoded audio. `declaredRate` is what the answer said about itself
    // (0: nothing, e.g. raw PCM read at the requested rate).
    static std::optional<ProviderError> check(const QString& provider, const AudioClip& clip,
                                              int declaredRate, const QString& text, double speed = 1.0);
    static std::optional<ProviderError> check(const QString& provider, const AudioMeasurement& measured,
                                              int declaredRate, const QString& text, double speed = 1.0);

    // The shortest and longest plausible speech for `text` at `speed`, in seconds.
    static double shortestSeconds(const QString& text, double speed);
    static double longestSeconds(const QString& text, double speed);
};

} // namespace vd
