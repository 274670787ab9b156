#pragma once

#include <QString>
#include <sndfile.h>

class QIODevice;

namespace vd {

// libsndfile's virtual I/O over a QIODevice (a QFile or a QBuffer), so files with any path
// and in-memory bytes go through the same sf_open_virtual() path. Internal to core/audio.
class SndfileDevice
{
public:
    explicit SndfileDevice(QIODevice* device) : m_device(device) {}

    // The callbacks; pass `this` as user data to sf_open_virtual().
    static SF_VIRTUAL_IO* callbacks();

    // libsndfile's error text without its trailing period, to embed in a sentence.
    static QString message(const char* text);

    QIODevice* device() const { return m_device; }

private:
    QIODevice* m_device;
};

} // namespace vd
