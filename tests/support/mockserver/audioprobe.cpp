#include "tests/support/mockserver/audioprobe.h"

#include "tests/support/mockserver/memorysndfile.h"

#include <algorithm>

namespace vd::test {

namespace {

QString containerName(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV: return QStringLiteral("wav");
    case SF_FORMAT_FLAC: return QStringLiteral("flac");
    case SF_FORMAT_OGG: return QStringLiteral("ogg");
    case SF_FORMAT_MPEG: return QStringLiteral("mp3");
    case SF_FORMAT_AIFF: return QStringLiteral("aiff");
    default: return QStringLiteral("other");
    }
}

} // namespace

AudioProbe AudioProbe::inspect(const QByteArray& data)
{
    AudioProbe probe;
    if (data.isEmpty()) {
        probe.error = QStringLiteral("the audio is empty");
        return probe;
    }
    MemorySndFile file(data);
    SF_INFO info{};
    SNDFILE* handle = sf_open_virtual(MemorySndFile::io(), SFM_READ, &info, &file);
    if (!handle) {
        probe.error = QString::fromUtf8(sf_strerror(nullptr));
        return probe;
    }
    probe.container = containerName(info.format);
    probe.sampleRate = info.samplerate;
    probe.channels = info.channels;
    probe.frames = info.frames;
    // Some decoders (MP3, Opus) cannot tell the length up front: count by decoding.
    if (probe.frames <= 0 || probe.frames == SF_COUNT_MAX) {
        probe.frames = 0;
        float buffer[4096];
        const sf_count_t chunk = sf_count_t(4096 / std::max(1, info.channels));
        sf_count_t n = 0;
        while ((n = sf_readf_float(handle, buffer, chunk)) > 0)
            probe.frames += n;
    }
    sf_close(handle);
    probe.ok = probe.frames > 0;
    if (!probe.ok)
        probe.error = QStringLiteral("the audio holds no samples");
    return probe;
}

} // namespace vd::test
