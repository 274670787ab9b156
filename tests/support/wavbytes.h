#pragma once

#include <QByteArray>
#include <QtEndian>

namespace vd::test {

// A canonical 44-byte PCM WAV header whose every field the caller may falsify, for hostile-input
// tests that need files no encoder would write (a rate of 3 Hz, 65535 channels, a lying size).
inline QByteArray wavHeader(quint32 sampleRate, quint16 channels, quint32 dataBytes, quint16 bits = 16)
{
    QByteArray header(44, '\0');
    auto put32 = [&header](int at, quint32 v) { qToLittleEndian(v, header.data() + at); };
    auto put16 = [&header](int at, quint16 v) { qToLittleEndian(v, header.data() + at); };
    header.replace(0, 4, "RIFF");
    put32(4, 36 + dataBytes);
    header.replace(8, 8, "WAVEfmt ");
    put32(16, 16);
    put16(20, 1);
    put16(22, channels);
    put32(24, sampleRate);
    put32(28, sampleRate * channels * (bits / 8));
    put16(32, quint16(channels * (bits / 8)));
    put16(34, bits);
    header.replace(36, 4, "data");
    put32(40, dataBytes);
    return header;
}

// `frames` frames of 16-bit samples of a sawtooth (not silence: every sample differs).
inline QByteArray pcmFrames(int frames, int channels = 1)
{
    QByteArray data(frames * channels * 2, '\0');
    for (int i = 0; i < data.size(); i += 2)
        qToLittleEndian<qint16>(qint16((i * 37) % 20000 - 10000), data.data() + i);
    return data;
}

} // namespace vd::test
