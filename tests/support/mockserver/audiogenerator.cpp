#include "tests/support/mockserver/audiogenerator.h"

#include "tests/support/mockserver/memorysndfile.h"
#include "tests/support/mockserver/mockserverlogging.h"

#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vd::test {

namespace {

// A 160 Hz voice-like tone with harmonics, amplitude-modulated at ~4 Hz like syllables.
QList<float> speechLikeTone(int sampleRate, qint64 frames)
{
    QList<float> samples(frames);
    const double twoPi = 2.0 * std::numbers::pi;
    for (qint64 i = 0; i < frames; ++i) {
        const double t = double(i) / sampleRate;
        const double envelope = 0.5 * (1.0 - std::cos(twoPi * 4.0 * t));
        const double voice = std::sin(twoPi * 160.0 * t) + 0.5 * std::sin(twoPi * 320.0 * t)
                             + 0.25 * std::sin(twoPi * 480.0 * t);
        samples[i] = float(0.25 * envelope * voice);
    }
    return samples;
}

int sndfileFormat(AudioGenerator::Format format)
{
    switch (format) {
    case AudioGenerator::Format::Wav: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case AudioGenerator::Format::WavMulaw: return SF_FORMAT_WAV | SF_FORMAT_ULAW;
    case AudioGenerator::Format::WavAlaw: return SF_FORMAT_WAV | SF_FORMAT_ALAW;
    case AudioGenerator::Format::Flac: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case AudioGenerator::Format::OggOpus: return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    case AudioGenerator::Format::Mp3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    case AudioGenerator::Format::Pcm16: return 0;
    }
    return 0;
}

QByteArray rawPcm16(const QList<float>& samples)
{
    QByteArray out(samples.size() * 2, Qt::Uninitialized);
    auto* target = reinterpret_cast<qint16*>(out.data());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const float clipped = std::clamp(samples[i], -1.0f, 1.0f);
        qToLittleEndian<qint16>(qint16(std::lround(clipped * 32767.0f)), target + i);
    }
    return out;
}

} // namespace

double AudioGenerator::secondsForText(const QString& text)
{
    return std::clamp(0.06 * double(text.size()), 0.3, 8.0);
}

QByteArray AudioGenerator::audio(Format format, int sampleRate, double seconds)
{
    const int tenths = int(std::lround(seconds * 10.0));
    const QString key = QStringLiteral("%1/%2/%3").arg(int(format)).arg(sampleRate).arg(tenths);
    auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    QByteArray bytes = encode(format, sampleRate, tenths / 10.0);
    if (!bytes.isEmpty())
        m_cache.insert(key, bytes);
    return bytes;
}

QByteArray AudioGenerator::encode(Format format, int sampleRate, double seconds)
{
    const qint64 frames = std::max<qint64>(1, qint64(seconds * sampleRate));
    const QList<float> samples = speechLikeTone(sampleRate, frames);
    if (format == Format::Pcm16)
        return rawPcm16(samples);

    MemorySndFile file;
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = sndfileFormat(format);
    SNDFILE* handle = sf_open_virtual(MemorySndFile::io(), SFM_WRITE, &info, &file);
    if (!handle) {
        qCWarning(lcMockServer) << "cannot encode audio format" << int(format) << "at" << sampleRate
                                << "Hz:" << sf_strerror(nullptr);
        return {};
    }
    const sf_count_t written = sf_writef_float(handle, samples.constData(), frames);
    sf_close(handle);
    if (written != frames) {
        qCWarning(lcMockServer) << "short audio write" << written << "of" << frames << "frames";
        return {};
    }
    return file.data();
}

} // namespace vd::test
