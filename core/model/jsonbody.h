#pragma once

#include <QByteArray>
#include <QString>

namespace vd {

// A JSON object written straight into bytes, in compact form as QJsonDocument writes it: a request
// body, a routing trace's steps. A synthesis request is four or five fields; building a QJsonObject
// and serialising it cost the routing thread about 38k instructions per request, this a small part
// of that (issue #13). Values parse back exactly as they were given (tst_jsonbody).
class JsonBody
{
public:
    JsonBody() { m_bytes.reserve(256); }

    // `key` is written as it is: the callers' keys are ASCII literals that need no escaping.
    JsonBody& add(const char* key, const QString& value);
    JsonBody& add(const char* key, double value); // finite; NaN and infinities become null
    JsonBody& add(const char* key, qint64 value);
    // `json` is already JSON text (an object written by QJsonDocument, say) and goes in as it is.
    JsonBody& addJson(const char* key, const QByteArray& json);
    QByteArray bytes() const { return m_bytes + '}'; }

private:
    void addKey(const char* key);

    QByteArray m_bytes{"{"};
};

} // namespace vd
