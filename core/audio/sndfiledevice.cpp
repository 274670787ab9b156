#include "core/audio/sndfiledevice.h"

#include <QIODevice>
#include <cstdio>

namespace vd {

namespace {

QIODevice* deviceOf(void* userData)
{
    return static_cast<SndfileDevice*>(userData)->device();
}

sf_count_t length(void* userData)
{
    return deviceOf(userData)->size();
}

sf_count_t seek(sf_count_t offset, int whence, void* userData)
{
    QIODevice* device = deviceOf(userData);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += device->pos();
    else if (whence == SEEK_END)
        target += device->size();
    // A target before the start, or past the end of input, is a corrupt header asking for the
    // impossible; refuse it here rather than let QBuffer print a warning for each one.
    const bool pastEnd = !device->isWritable() && target > device->size();
    if (target < 0 || pastEnd || !device->seek(target))
        return -1;
    return device->pos();
}

sf_count_t read(void* buffer, sf_count_t count, void* userData)
{
    const qint64 got = deviceOf(userData)->read(static_cast<char*>(buffer), count);
    return got < 0 ? 0 : got;
}

sf_count_t write(const void* buffer, sf_count_t count, void* userData)
{
    const qint64 put = deviceOf(userData)->write(static_cast<const char*>(buffer), count);
    return put < 0 ? 0 : put;
}

sf_count_t tell(void* userData)
{
    return deviceOf(userData)->pos();
}

} // namespace

QString SndfileDevice::message(const char* text)
{
    QString message = QString::fromUtf8(text).trimmed();
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

SF_VIRTUAL_IO* SndfileDevice::callbacks()
{
    static SF_VIRTUAL_IO io{length, seek, read, write, tell};
    return &io;
}

} // namespace vd
