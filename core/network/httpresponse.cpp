#include "core/network/httpresponse.h"

namespace vd {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponse::isSuccess() const
{
    return status >= 200 && status < 300 && networkError == QNetworkReply::NoError && !localError;
}

} // namespace vd
