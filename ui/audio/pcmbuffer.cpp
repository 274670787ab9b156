#include "ui/audio/pcmbuffer.h"

#include <cstring>

namespace vd {

PcmBuffer::PcmBuffer(QObject* parent) : QIODevice(parent)
{
    // Unbuffered: QIODevice's own read-ahead buffer would hide what the sink really consumed.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void PcmBuffer::append(const QByteArray& data)
{
    if (data.isEmpty() || m_finished)
        return;
    // Drop what was already played once it is most of the buffer, so long streams stay small.
    if (m_readPos > 1 << 20 && m_readPos > m_data.size() / 2) {
        m_data.remove(0, m_readPos);
        m_readPos = 0;
    }
    m_data.append(data);
    m_totalAppended += data.size();
    emit readyRead();
}

void PcmBuffer::finish()
{
    m_finished = true;
}

qint64 PcmBuffer::bytesAvailable() const
{
    return unread() + QIODevice::bytesAvailable();
}

qint64 PcmBuffer::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, unread()) / m_frameBytes * m_frameBytes;
    if (count <= 0)
        return 0; // an underrun while streaming, or the end: the sink goes idle either way
    std::memcpy(data, m_data.constData() + m_readPos, size_t(count));
    m_readPos += count;
    return count;
}

qint64 PcmBuffer::writeData(const char*, qint64)
{
    return -1;
}

} // namespace vd
