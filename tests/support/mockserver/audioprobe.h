#pragma once

#include <QByteArray>
#include <QString>

namespace vd::test {

// Inspects audio a client uploaded, the way a vendor would before transcribing it: can it be
// decoded at all, and what are its rate, channels and duration. libsndfile, in memory.
struct AudioProbe
{
    bool ok = false;
    QString error;     // why decoding failed
    QString container; // "wav", "flac", "ogg", "mp3", ... (libsndfile's major format)
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;

    double seconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }

    static AudioProbe inspect(const QByteArray& data);
};

} // namespace vd::test
