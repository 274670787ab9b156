#include "tests/support/mockserver/memorysndfile.h"

#include <algorithm>
#include <cstring>

namespace vd::test {

namespace {
MemorySndFile* self(void* userData) { return static_cast<MemorySndFile*>(userData); }
} // namespace

SF_VIRTUAL_IO* MemorySndFile::io()
{
    static SF_VIRTUAL_IO table{
        [](void* u) { return self(u)->size(); },
        [](sf_count_t offset, int whence, void* u) { return self(u)->seek(offset, whence); },
        [](void* target, sf_count_t count, void* u) { return self(u)->read(target, count); },
        [](const void* source, sf_count_t count, void* u) { return self(u)->write(source, count); },
        [](void* u) { return self(u)->tell(); },
    };
    return &table;
}

sf_count_t MemorySndFile::seek(sf_count_t offset, int whence)
{
    sf_count_t base = 0;
    if (whence == SEEK_CUR)
        base = m_pos;
    else if (whence == SEEK_END)
        base = m_data.size();
    const sf_count_t target = base + offset;
    if (target < 0)
        return -1;
    m_pos = target;
    return m_pos;
}

sf_count_t MemorySndFile::read(void* target, sf_count_t count)
{
    const sf_count_t available = std::max<sf_count_t>(0, m_data.size() - m_pos);
    const sf_count_t n = std::min(count, available);
    if (n > 0)
        std::memcpy(target, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

sf_count_t MemorySndFile::write(const void* source, sf_count_t count)
{
    if (m_pos + count > m_data.size())
        m_data.resize(m_pos + count);
    std::memcpy(m_data.data() + m_pos, source, size_t(count));
    m_pos += count;
    return count;
}

} // namespace vd::test
