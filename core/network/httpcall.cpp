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

} // namespace vd
