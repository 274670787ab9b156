#include "core/audio/audiodecoder.h"

#include "core/audio/audioconvert.h"
#include "core/audio/pcm16sums.h"
#include "core/audio/sndfiledevice.h"
#include "core/corelog.h"
#include "core/model/translate.h"
#include "core/model/wavlayout.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace vd {

namespace {

constexpr sf_count_t kChunkFrames = 32768;

ProviderError badInput(const QString& message)
{
    return ProviderError::make(ErrorKind::BadRequest, message);
}

// How messages name the input: "'speech.ogg'" or "The audio data".
QString displayName(const QString& name)
{
    return name.isEmpty() ? vd::tr("The audio data") : QStringLiteral("'%1'").arg(name);
}

QString seconds(double value)
{
    return QStringLiteral("%1 s").arg(value, 0, 'f', value < 10 ? 2 : 0);
}

QString samplesSize(double samples)
{
    return QLocale::c().formattedDataSize(qint64(std::min(samples * sizeof(float), 9e18)));
}

ProviderError tooLarge(const QString& name, double duration, int rate, int channels, double samples,
                       const AudioLimits& limits)
{
    return badInput(vd::tr("%1 holds %2 of %3-channel audio at %4 Hz, which decodes to %5; the "
                           "limit is %6. Convert it to a lower sample rate or fewer channels, "
                           "or split it.")
                        .arg(name, seconds(duration))
                        .arg(channels)
                        .arg(rate)
                        .arg(samplesSize(samples), samplesSize(double(limits.maxSamples))));
}

QString rateRange(const AudioLimits& limits)
{
    return QStringLiteral("%1 to %2 Hz").arg(limits.minSampleRate).arg(limits.maxSampleRate);
}

struct SndfileCloser
{
    void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

// Checks what the header claims before anything is allocated for it.
Status checkFormat(const SF_INFO& info, const QString& name, const AudioLimits& limits)
{
    if (info.samplerate < limits.minSampleRate || info.samplerate > limits.maxSampleRate)
        return badInput(vd::tr("%1 declares a sample rate of %2 Hz, which no recording has "
                               "(%3 are accepted); the file is damaged.")
                            .arg(name)
                            .arg(info.samplerate)
                            .arg(rateRange(limits)));
    if (info.channels <= 0 || info.channels > limits.maxChannels)
        return badInput(vd::tr("%1 declares %2 channels; at most %3 are supported.")
                            .arg(name)
                            .arg(info.channels)
                            .arg(limits.maxChannels));
    const double announced = double(info.frames) / info.samplerate;
    if (info.frames != SF_COUNT_MAX && announced > limits.maxDurationSeconds)
        return badInput(vd::tr("%1 is %2 long; the limit is %3. Split the recording.")
                            .arg(name, seconds(announced), seconds(limits.maxDurationSeconds)));
    return {};
}

// Opens `device` with libsndfile and reads it chunk by chunk, checking the limits as samples
// arrive (headers lie), never trusting the header's frame count for an allocation. Calls
// `take(chunk, frames, channels)` for each chunk of interleaved float frames; `converter` (made
// for `target`) is what the size limit is counted with.
template <typename Take>
Result<SF_INFO> readDevice(QIODevice* device, const QString& name, const AudioLimits& limits,
                           std::optional<StreamConverter>& converter, const AudioTarget& target, Take take)
{
    if (device->size() == 0)
        return badInput(vd::tr("%1 is empty: it contains no audio.").arg(name));
    if (device->size() > limits.maxFileBytes)
        return badInput(vd::tr("%1 is %2; files larger than %3 are not accepted.")
                            .arg(name, QLocale::c().formattedDataSize(device->size()),
                                 QLocale::c().formattedDataSize(limits.maxFileBytes)));
    SndfileDevice io(device);
    SF_INFO info{};
    SndfilePtr file(sf_open_virtual(SndfileDevice::callbacks(), SFM_READ, &info, &io));
    if (!file)
        return badInput(vd::tr("%1 is not audio in a supported format (WAV, FLAC, OGG "
                               "Vorbis/Opus, MP3), or its header is damaged: %2.")
                            .arg(name, SndfileDevice::message(sf_strerror(nullptr))));
    if (Status ok = checkFormat(info, name, limits); !ok)
        return ok.error();
    converter.emplace(info.samplerate, info.channels, target, limits.maxSamples);
    // A few kilobytes of FLAC silence can announce gigabytes of samples: refused from the header.
    if (info.frames != SF_COUNT_MAX &&
        converter->outputSamples(double(info.frames)) > double(limits.maxSamples))
        return tooLarge(name, double(info.frames) / info.samplerate, info.samplerate, info.channels,
                        converter->outputSamples(double(info.frames)), limits);
    const qint64 maxFrames = qint64(limits.maxDurationSeconds * info.samplerate);
    // A short file needs no buffer for 32768 frames; a lying header only costs more reads.
    const sf_count_t chunkFrames = info.frames > 0 && info.frames < kChunkFrames ? info.frames : kChunkFrames;
    const auto chunk = std::make_unique_for_overwrite<float[]>(size_t(chunkFrames) * size_t(info.channels));
    qint64 frames = 0;
    while (true) {
        const sf_count_t got = sf_readf_float(file.get(), chunk.get(), chunkFrames);
        if (got <= 0)
            break;
        frames += got;
        if (frames > maxFrames)
            return badInput(vd::tr("%1 is longer than the limit of %2. Split the recording.")
                                .arg(name, seconds(limits.maxDurationSeconds)));
        if (converter->outputSamples(double(frames)) > double(limits.maxSamples))
            return tooLarge(name, double(frames) / info.samplerate, info.samplerate, info.channels,
                            converter->outputSamples(double(frames)), limits);
        take(chunk.get(), got, info.channels);
    }
    if (const int error = sf_error(file.get()); error != SF_ERR_NO_ERROR)
        return badInput(vd::tr("%1 is damaged or truncated: %2.")
                            .arg(name, SndfileDevice::message(sf_error_number(error))));
    if (info.frames > 0 && info.frames != SF_COUNT_MAX && frames < info.frames)
        return badInput(vd::tr("%1 is truncated: its header announces %2 of audio but only "
                               "%3 is present.")
                            .arg(name, seconds(double(info.frames) / info.samplerate),
                                 seconds(double(frames) / info.samplerate)));
    if (frames == 0)
        return badInput(vd::tr("%1 contains no audio samples.").arg(name));
    qCDebug(lcAudio) << "decoded" << name << frames << "frames at" << info.samplerate << "Hz,"
                     << info.channels << "channels";
    info.frames = frames;
    return info;
}

Result<AudioClip> decodeDevice(QIODevice* device, const QString& name, const AudioLimits& limits,
                               const AudioTarget& target)
{
    std::optional<StreamConverter> converter;
    AudioClip clip;
    Result<SF_INFO> read =
        readDevice(device, name, limits, converter, target,
                   [&](const float* chunk, sf_count_t frames, int) { converter->push(chunk, frames, clip); });
    if (!read)
        return read.error();
    converter->finish(clip);
    clip.sampleRate = converter->outputRate();
    clip.channels = converter->outputChannels();
    return clip;
}

Status checkRawPcm(const EncodedAudio& audio, const QString& name, const AudioLimits& limits)
{
    if (audio.sampleRate < limits.minSampleRate || audio.sampleRate > limits.maxSampleRate)
        return badInput(vd::tr("%1 (raw PCM) needs a sample rate of %2, not %3 Hz.")
                            .arg(name, rateRange(limits))
                            .arg(audio.sampleRate));
    if (audio.channels <= 0 || audio.channels > limits.maxChannels)
        return badInput(vd::tr("%1 (raw PCM) needs 1 to %2 channels, not %3.")
                            .arg(name)
                            .arg(limits.maxChannels)
                            .arg(audio.channels));
    const qint64 frameBytes = 2 * qint64(audio.channels);
    if (audio.data.isEmpty())
        return badInput(vd::tr("%1 (raw PCM) contains no audio samples.").arg(name));
    if (audio.data.size() % frameBytes != 0)
        return badInput(vd::tr("%1 (raw PCM) is truncated: %2 bytes is not a whole number of "
                               "16-bit frames.")
                            .arg(name)
                            .arg(audio.data.size()));
    const double duration = double(audio.data.size() / frameBytes) / audio.sampleRate;
    if (duration > limits.maxDurationSeconds)
        return badInput(vd::tr("%1 is %2 long; the limit is %3. Split the recording.")
                            .arg(name, seconds(duration), seconds(limits.maxDurationSeconds)));
    if (audio.data.size() / 2 > limits.maxSamples)
        return tooLarge(name, duration, audio.sampleRate, audio.channels, double(audio.data.size() / 2),
                        limits);
    return {};
}

} // namespace

Result<AudioClip> decodeAudioFile(const QString& path, const AudioLimits& limits, const AudioTarget& target)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(vd::tr("The audio file %1 does not exist.").arg(displayName(path)));
    if (!info.isFile())
        return badInput(vd::tr("%1 is not a file; choose an audio file.").arg(displayName(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(
            vd::tr("The audio file %1 cannot be read: %2.").arg(displayName(path), file.errorString()));
    return decodeDevice(&file, displayName(path), limits, target);
}

namespace {

// `bytes` as a plain 16-bit PCM WAV whose samples can be read where they lie; nullopt otherwise.
std::optional<WavLayout> inPlacePcm16(const QByteArray& bytes)
{
    std::optional<WavLayout> wav = WavLayout::of(bytes);
    if (wav && !wav->isCompletePcm16(bytes.size()))
        wav.reset();
    return wav;
}

// Whether such a WAV passes every limit that reading it with libsndfile would check: the same
// checkFormat() on what its header says, and the size and sample limits of readDevice().
bool isWithinLimits(const WavLayout& wav, qint64 fileBytes, const QString& name, const AudioLimits& limits)
{
    SF_INFO info{};
    info.frames = wav.declaredDataBytes / wav.blockAlign;
    info.samplerate = wav.sampleRate;
    info.channels = wav.channels;
    return fileBytes <= limits.maxFileBytes && checkFormat(info, name, limits) &&
           info.frames * info.channels <= limits.maxSamples;
}

bool isRawPcm(const EncodedAudio& audio)
{
    return audio.format.compare(QLatin1String("pcm"), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<AudioClip> decodeAudio(const EncodedAudio& audio, const QString& sourceName, const AudioLimits& limits)
{
    const QString name = displayName(sourceName);
    if (isRawPcm(audio)) {
        if (Status ok = checkRawPcm(audio, name, limits); !ok)
            return ok.error();
        return fromPcm16(audio.data, audio.sampleRate, audio.channels);
    }
    QByteArray bytes = audio.data; // shared, not copied: the buffer only reads
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return decodeDevice(&buffer, name, limits, AudioTarget{});
}

Result<AudioMeasurement> measureAudio(const EncodedAudio& audio, const QString& sourceName,
                                      const AudioLimits& limits)
{
    const QString name = displayName(sourceName);
    if (isRawPcm(audio)) {
        if (Status ok = checkRawPcm(audio, name, limits); !ok)
            return ok.error();
        AudioMeasurement measured{audio.sampleRate, audio.channels};
        measured.addPcm16(audio.data.constData(), audio.data.size() / 2);
        return measured;
    }
    // Nearly every WAV answer is plain 16-bit PCM: its samples are read where they lie, which
    // costs a small part of opening it with libsndfile and converting every sample to float
    // (issue #13). Only a header libsndfile would accept as it is takes this way; anything odd,
    // or beyond a limit, goes through libsndfile below and gets its exact message.
    if (const auto wav = inPlacePcm16(audio.data);
        wav && isWithinLimits(*wav, audio.data.size(), name, limits)) {
        AudioMeasurement measured{wav->sampleRate, wav->channels};
        measured.addPcm16(audio.data.constData() + wav->dataOffset, wav->declaredDataBytes / 2);
        return measured;
    }
    QByteArray bytes = audio.data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    std::optional<StreamConverter> converter;
    AudioMeasurement measured;
    Result<SF_INFO> read = readDevice(
        &buffer, name, limits, converter, AudioTarget{},
        [&](const float* chunk, sf_count_t frames, int channels) { measured.add(chunk, frames * channels); });
    if (!read)
        return read.error();
    measured.sampleRate = read->samplerate;
    measured.channels = read->channels;
    return measured;
}

bool isMeasuredInPlace(const EncodedAudio& audio)
{
    return isRawPcm(audio) || inPlacePcm16(audio.data).has_value();
}

AudioMeasurement AudioMeasurement::of(const AudioClip& clip)
{
    AudioMeasurement measured{clip.sampleRate, clip.channels};
    measured.add(clip.samples.constData(), clip.samples.size());
    return measured;
}

void AudioMeasurement::add(const float* samples, qint64 count)
{
    for (qint64 i = 0; i < count; ++i) {
        const double s = samples[i];
        peak = std::max(peak, std::abs(s));
        sumSquares += s * s;
    }
    this->samples += count;
}

void AudioMeasurement::addPcm16(const char* s16le, qint64 count)
{
    const Pcm16Sums sums = sumPcm16(s16le, count);
    // Scaled as libsndfile scales 16-bit samples to float (1/32768), so both ways measure alike.
    constexpr double kFullScale = 32768.0;
    peak = std::max(peak, std::max(-double(sums.lowest), double(sums.highest)) / kFullScale);
    sumSquares += double(sums.sumSquares) / (kFullScale * kFullScale);
    samples += count;
}

} // namespace vd
