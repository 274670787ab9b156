#include "core/model/jsonbody.h"

#include "core/model/jsontext.h"

namespace vd {

void JsonBody::addKey(const char* key)
{
    if (m_bytes.size() > 1)
        m_bytes += ',';
    m_bytes += '"';
    m_bytes += key;
    m_bytes += "\":";
}

JsonBody& JsonBody::add(const char* key, const QString& value)
{
    addKey(key);
    appendJsonString(m_bytes, value);
    return *this;
}

JsonBody& JsonBody::add(const char* key, double value)
{
    addKey(key);
    appendJsonNumber(m_bytes, value);
    return *this;
}

JsonBody& JsonBody::add(const char* key, qint64 value)
{
    addKey(key);
    appendJsonNumber(m_bytes, value);
    return *this;
}

JsonBody& JsonBody::addJson(const char* key, const QByteArray& json)
{
    addKey(key);
    m_bytes += json;
    return *this;
}

} // namespace vd
