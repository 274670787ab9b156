#include "core/network/wavencoding.h"

#include <QtEndian>

namespace vd {

namespace {

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QByteArray wavFromPcm16(const QByteArray& pcm, int sampleRate, int channels)
{
    QByteArray wav;
    wav.reserve(44 + pcm.size());
    wav.append("RIFF", 4);
    appendLe32(wav, quint32(36 + pcm.size()));
    wav.append("WAVEfmt ", 8);
    appendLe32(wav, 16);                                 // fmt chunk size
    appendLe16(wav, 1);                                  // PCM
    appendLe16(wav, quint16(channels));
    appendLe32(wav, quint32(sampleRate));
    appendLe32(wav, quint32(sampleRate * channels * 2)); // byte rate
    appendLe16(wav, quint16(channels * 2));              // block align
    appendLe16(wav, 16);                                 // bits per sample
    wav.append("data", 4);
    appendLe32(wav, quint32(pcm.size()));
    wav.append(pcm);
    return wav;
}

int wavSampleRate(const QByteArray& wav)
{
    if (wav.size() < 28 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return 0;
    return int(qFromLittleEndian<quint32>(wav.constData() + 24));
}

} // namespace vd
