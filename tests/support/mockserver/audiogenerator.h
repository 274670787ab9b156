#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vd::test {

// What the mock returns as synthesized speech: real, decodable audio bytes (a speech-like
// modulated tone) in the container/codec a vendor promises. Encoded with libsndfile in memory
// and cached per (format, rate, length), so benchmarks do not pay for encoding every request.
class AudioGenerator
{
public:
    enum class Format {
        Wav,      // RIFF/WAVE PCM 16-bit
        WavMulaw, // RIFF/WAVE G.711 mu-law
        WavAlaw,  // RIFF/WAVE G.711 A-law
        Flac,
        OggOpus,
        Mp3,
        Pcm16, // raw signed 16-bit little-endian, no header
    };

    // Length of speech a text would take (about 60 ms per character, 0.3 s to 8 s).
    static double secondsForText(const QString& text);

    // Encoded mono audio; empty when libsndfile cannot encode (logged).
    QByteArray audio(Format format, int sampleRate, double seconds);

private:
    static QByteArray encode(Format format, int sampleRate, double seconds);
    QHash<QString, QByteArray> m_cache;
};

} // namespace vd::test
