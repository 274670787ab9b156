#include "core/audio/audioencoder.h"

#include "core/audio/audioconvert.h"
#include "core/audio/audiodecoder.h"
#include "core/audio/pcm16pack.h"
#include "core/audio/sndfiledevice.h"
#include "core/corelog.h"
#include "core/model/translate.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

namespace vd {

namespace {

ProviderError badInput(const QString& message)
{
    return ProviderError::make(ErrorKind::BadRequest, message);
}

int sndfileFormat(const QString& format)
{
    if (format == QLatin1String("wav"))
        return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    if (format == QLatin1String("flac"))
        return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    if (format == QLatin1String("ogg"))
        return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    if (format == QLatin1String("mp3"))
        return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    return 0;
}

// LAME encodes only the MPEG-1/2/2.5 rates and at most two channels.
AudioClip fitForMp3(const AudioClip& clip)
{
    static constexpr std::array<int, 9> rates{8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};
    AudioClip fitted = clip.channels > 2 ? downmixToMono(clip) : clip;
    const auto rate = std::lower_bound(rates.begin(), rates.end(), clip.sampleRate);
    const int target = rate == rates.end() ? rates.back() : *rate;
    return resample(fitted, target);
}

Result<EncodedAudio> encodeWithSndfile(const AudioClip& clip, const QString& format)
{
    SF_INFO info{};
    info.samplerate = clip.sampleRate;
    info.channels = clip.channels;
    info.format = sndfileFormat(format);
    if (!sf_format_check(&info))
        return badInput(vd::tr("%1 cannot hold audio at %2 Hz with %3 channels; choose WAV.")
                            .arg(format.toUpper())
                            .arg(clip.sampleRate)
                            .arg(clip.channels));

    const bool sixteenBit = (info.format & SF_FORMAT_SUBMASK) == SF_FORMAT_PCM_16;
    QByteArray bytes;
    if (sixteenBit) // WAV's size plus its header: FLAC needs less, and nothing grows while writing
        bytes.reserve(clip.samples.size() * qsizetype(sizeof(qint16)) + 4096);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadWrite);
    SndfileDevice io(&buffer);
    SNDFILE* file = sf_open_virtual(SndfileDevice::callbacks(), SFM_WRITE, &info, &io);
    if (!file)
        return badInput(vd::tr("Cannot encode %1: %2.")
                            .arg(format.toUpper(), SndfileDevice::message(sf_strerror(nullptr))));
    const sf_count_t frames = clip.frameCount();
    sf_count_t written = 0;
    if (sixteenBit) {
        // Packed here rather than by libsndfile, whose float conversion costs ~18 instructions a
        // sample (every upload to a cloud recogniser pays it; issue #13) and rounds down.
        const auto pcm = std::make_unique_for_overwrite<qint16[]>(size_t(clip.samples.size()));
        packPcm16(clip.samples.constData(), clip.samples.size(), pcm.get());
        written = sf_writef_short(file, pcm.get(), frames);
    } else {
        // Samples beyond [-1, 1] saturate instead of wrapping around.
        sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
        written = sf_writef_float(file, clip.samples.constData(), frames);
    }
    const QString error = SndfileDevice::message(sf_strerror(file));
    sf_close(file);
    if (written != frames)
        return badInput(vd::tr("Encoding %1 failed after %2 of %3 frames: %4.")
                            .arg(format.toUpper())
                            .arg(written)
                            .arg(frames)
                            .arg(error));
    buffer.close();
    EncodedAudio audio;
    audio.data = bytes;
    audio.format = format;
    audio.sampleRate = clip.sampleRate;
    audio.channels = clip.channels;
    return audio;
}

Status writeAtomically(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return badInput(vd::tr("Cannot write '%1': %2.").arg(path, file.errorString()));
    // The OS's reason ("No space left on device"), read at once: commit() alone reports a failed
    // final flush as "Unknown error".
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
        return badInput(vd::tr("Writing '%1' failed: %2.").arg(path, reason));
    }
    return {};
}

ProviderError unknownExtension(const QString& path)
{
    return badInput(vd::tr("Cannot tell the audio format from the name '%1'; use a .wav, "
                           ".flac, .ogg or .mp3 extension.")
                        .arg(path));
}

} // namespace

QStringList encodableAudioFormats()
{
    return {QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("mp3"),
            QStringLiteral("pcm")};
}

QString audioFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("wav") || suffix == QLatin1String("flac") || suffix == QLatin1String("mp3"))
        return suffix;
    if (suffix == QLatin1String("ogg") || suffix == QLatin1String("oga") || suffix == QLatin1String("opus"))
        return QStringLiteral("ogg");
    if (suffix == QLatin1String("pcm") || suffix == QLatin1String("raw"))
        return QStringLiteral("pcm");
    return {};
}

Result<EncodedAudio> encodeAudio(const AudioClip& clip, const QString& format)
{
    const QString name = format.toLower();
    if (!encodableAudioFormats().contains(name))
        return badInput(vd::tr("Cannot encode audio as '%1'; supported formats are %2.")
                            .arg(format, encodableAudioFormats().join(QStringLiteral(", "))));
    if (clip.isEmpty() || clip.sampleRate <= 0 || clip.channels <= 0)
        return badInput(vd::tr("There is no audio to encode."));
    if (name == QLatin1String("pcm"))
        return EncodedAudio{toPcm16(clip), name, clip.sampleRate, clip.channels};
    return encodeWithSndfile(name == QLatin1String("mp3") ? fitForMp3(clip) : clip, name);
}

Status writeAudioFile(const AudioClip& clip, const QString& path)
{
    const QString format = audioFormatForPath(path);
    if (format.isEmpty())
        return unknownExtension(path);
    Result<EncodedAudio> encoded = encodeAudio(clip, format);
    if (!encoded)
        return encoded.error();
    return writeAtomically(encoded->data, path);
}

Status saveEncodedAudio(const EncodedAudio& audio, const QString& path)
{
    const QString format = audioFormatForPath(path);
    if (format.isEmpty())
        return unknownExtension(path);
    if (audio.format.compare(format, Qt::CaseInsensitive) == 0 && !audio.data.isEmpty())
        return writeAtomically(audio.data, path);
    Result<AudioClip> clip = decodeAudio(audio);
    if (!clip)
        return clip.error();
    return writeAudioFile(*clip, path);
}

} // namespace vd
