#include "core/audio/speechaudiocheck.h"

#include "core/audio/audiodecoder.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vd {

// Why the thresholds are what they are:
//  - Silence: a TTS voice peaks within a few dB of full scale and averages -15..-30 dBFS; a peak
//    under -50 dBFS or an RMS under -60 dBFS is nothing a listener can hear as speech.
//  - Too short: nobody speaks more than about 30 letters or digits a second at speed 1.0. The
//    floor stops growing at 3 s: it is there to catch empty and cut-off answers, and judging a
//    long answer by its length alone would need a per-language speaking rate; the round-trip
//    probe (speech recognised back) is what judges content.
//  - Too long: 3 s per letter plus 10 s of slack for pauses and leading or trailing silence. Slow
//    dictation takes 0.4 s a letter, but Morse code (the example plugin) at its slowest 5 words a
//    minute takes 2.4 s; what this catches is a stuck generator, not a slow voice.
// Spaces and punctuation take no time of their own, so only letters and digits are counted.

namespace {

int spokenCharacters(const QString& text)
{
    int count = 0;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            ++count;
    }
    return count;
}

double dbfs(double amplitude)
{
    return amplitude > 0.0 ? 20.0 * std::log10(amplitude) : -std::numeric_limits<double>::infinity();
}

QString seconds(double value)
{
    return QString::number(value, 'f', value < 10.0 ? 2 : 1);
}

ProviderError defect(const QString& message)
{
    return ProviderError::make(ErrorKind::InvalidResponse, message);
}

} // namespace

AudioLevels AudioLevels::of(const AudioClip& clip)
{
    return of(AudioMeasurement::of(clip));
}

AudioLevels AudioLevels::of(const AudioMeasurement& measured)
{
    AudioLevels levels;
    levels.seconds = measured.seconds();
    levels.peakDbfs = dbfs(measured.peak);
    levels.rmsDbfs =
        measured.samples == 0 ? dbfs(0.0) : dbfs(std::sqrt(measured.sumSquares / double(measured.samples)));
    return levels;
}

double SpeechAudioCheck::shortestSeconds(const QString& text, double speed)
{
    const double rate = kFastestCharsPerSecond * std::max(speed, 0.1);
    return std::min(spokenCharacters(text) / rate, kShortestFloorCapSeconds);
}

double SpeechAudioCheck::longestSeconds(const QString& text, double speed)
{
    return kLongSlackSeconds + spokenCharacters(text) * kSlowestSecondsPerChar / std::max(speed, 0.1);
}

bool SpeechAudioCheck::isQuick(const EncodedAudio& audio)
{
    // 512 KiB is 11 s of 24 kHz mono speech: about 35 µs of work on the 2-core test machine.
    return audio.data.size() <= kQuickBytes && isMeasuredInPlace(audio);
}

std::optional<ProviderError> SpeechAudioCheck::check(const QString& provider, const EncodedAudio& audio,
                                                     const QString& text, double speed)
{
    // Measured while decoding: the samples themselves are not needed, and building them was the
    // largest share of what judging cost every routed TTS request.
    Result<AudioMeasurement> measured = measureAudio(audio, tr("the answer"));
    if (!measured)
        return defect(
            tr("%1 answered audio that cannot be decoded: %2").arg(provider, measured.error().message));
    // Raw PCM has no header to contradict the declared rate; the duration check still applies.
    const int declared = audio.format == QLatin1String("pcm") ? 0 : audio.sampleRate;
    return check(provider, *measured, declared, text, speed);
}

std::optional<ProviderError> SpeechAudioCheck::check(const QString& provider, const AudioClip& clip,
                                                     int declaredRate, const QString& text, double speed)
{
    return check(provider, AudioMeasurement::of(clip), declaredRate, text, speed);
}

std::optional<ProviderError> SpeechAudioCheck::check(const QString& provider,
                                                     const AudioMeasurement& measured, int declaredRate,
                                                     const QString& text, double speed)
{
    const int characters = int(text.size());
    if (declaredRate > 0 && measured.sampleRate != declaredRate)
        return defect(tr("%1 answered audio at %2 Hz where its answer declared %3 Hz; it would play at "
                         "the wrong speed and pitch")
                          .arg(provider)
                          .arg(measured.sampleRate)
                          .arg(declaredRate));
    if (measured.samples == 0)
        return defect(
            tr("%1 answered no audio at all for %2 characters of text").arg(provider).arg(characters));
    const AudioLevels levels = AudioLevels::of(measured);
    // Text without a letter or digit ("...") may rightly be spoken as silence.
    if (spokenCharacters(text) > 0 &&
        (levels.peakDbfs < kSilencePeakDbfs || levels.rmsDbfs < kSilenceRmsDbfs)) {
        const QString peak = std::isinf(levels.peakDbfs)
                                 ? tr("every sample zero")
                                 : tr("peak %1 dBFS").arg(QString::number(levels.peakDbfs, 'f', 0));
        return defect(tr("%1 answered %2 s of silence (%3) for %4 characters of text")
                          .arg(provider, seconds(levels.seconds), peak)
                          .arg(characters));
    }
    const double shortest = shortestSeconds(text, speed);
    if (levels.seconds < shortest)
        return defect(tr("%1 answered only %2 s of audio for %3 characters of text (speaking them takes "
                         "at least %4 s); the answer looks cut off")
                          .arg(provider, seconds(levels.seconds))
                          .arg(characters)
                          .arg(seconds(shortest)));
    const double longest = longestSeconds(text, speed);
    if (levels.seconds > longest)
        return defect(tr("%1 answered %2 s of audio for %3 characters of text (at most %4 s is plausible)")
                          .arg(provider, seconds(levels.seconds))
                          .arg(characters)
                          .arg(seconds(longest)));
    return std::nullopt;
}

} // namespace vd
