#include "core/network/wavheader.h"

#include <QtEndian>

namespace vd {

int wavSampleRate(const QByteArray& wav)
{
    if (wav.size() < 28 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE" || wav.mid(12, 4) != "fmt ")
        return 0;
    return int(qFromLittleEndian<quint32>(wav.constData() + 24));
}

} // namespace vd
