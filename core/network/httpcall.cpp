#include "core/network/httpcall.h"

namespace vd {

QByteArray HttpCall::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 HttpCall::bodySize() const
{
    if (multipart.isEmpty())
        return body.size();
    // Boundary lines and part headers: a generous 256 bytes per part.
    qint64 size = 64;
    for (const FormPart& part : multipart)
        size += part.data.size() + part.name.size() + part.fileName.toUtf8().size() +
                part.contentType.size() + 256;
    return size;
}

} // namespace vd
