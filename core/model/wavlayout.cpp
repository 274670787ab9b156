#include "core/model/wavlayout.h"

#include <QtEndian>

namespace vd {

namespace {

constexpr qsizetype kChunkHeaderBytes = 8;
constexpr qsizetype kFmtBytes = 16; // the PCM part of "fmt ", which every format starts with

quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 le16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

} // namespace

std::optional<WavLayout> WavLayout::of(const QByteArray& bytes)
{
    const QByteArrayView view(bytes); // no copies: the router reads every TTS answer's header
    if (view.size() < 12 || !view.startsWith("RIFF") || view.sliced(8, 4) != "WAVE")
        return std::nullopt;
    std::optional<WavLayout> layout;
    qint64 at = 12;
    while (at + kChunkHeaderBytes <= bytes.size()) {
        const QByteArrayView id = view.sliced(at, 4);
        const qint64 size = le32(bytes, at + 4);
        const qint64 body = at + kChunkHeaderBytes;
        if (id == "fmt ") {
            if (size < kFmtBytes || body + kFmtBytes > bytes.size())
                return std::nullopt;
            layout.emplace();
            layout->formatTag = le16(bytes, body);
            layout->channels = le16(bytes, body + 2);
            layout->sampleRate = int(le32(bytes, body + 4));
            layout->blockAlign = le16(bytes, body + 12);
            layout->bitsPerSample = le16(bytes, body + 14);
        } else if (id == "data") {
            if (layout) {
                layout->dataOffset = body;
                layout->declaredDataBytes = size;
            }
            return layout;
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    return layout;
}

bool WavLayout::isCompletePcm16(qsizetype totalBytes) const
{
    return formatTag == kPcmFormat && bitsPerSample == 16 && channels > 0 && blockAlign == 2 * channels &&
           declaredDataBytes > 0 && declaredDataBytes % blockAlign == 0 &&
           dataOffset + declaredDataBytes <= totalBytes;
}

int wavSampleRate(const QByteArray& wav)
{
    const std::optional<WavLayout> layout = WavLayout::of(wav);
    return layout ? layout->sampleRate : 0;
}

} // namespace vd
