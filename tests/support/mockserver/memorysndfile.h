#pragma once

#include <QByteArray>

#include <sndfile.h>

namespace vd::test {

// A QByteArray seen by libsndfile as a seekable file, so audio is encoded and decoded in memory.
// Internal to the mock server; `io()` is handed to sf_open_virtual together with `this`.
class MemorySndFile
{
public:
    MemorySndFile() = default;
    explicit MemorySndFile(QByteArray data) : m_data(std::move(data)) {}

    static SF_VIRTUAL_IO* io();
    const QByteArray& data() const { return m_data; }

    sf_count_t size() const { return m_data.size(); }
    sf_count_t seek(sf_count_t offset, int whence);
    sf_count_t read(void* target, sf_count_t count);
    sf_count_t write(const void* source, sf_count_t count);
    sf_count_t tell() const { return m_pos; }

private:
    QByteArray m_data;
    sf_count_t m_pos = 0;
};

} // namespace vd::test
